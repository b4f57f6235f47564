/**
 * Two portal nodes on one machine (port offsets 1000 and 1100) in a WildFly cluster, over one real
 * PostgreSQL: sessions survive the loss of a node, each probe timer run happens once across the
 * cluster, what one node writes the other reads. Runs in the Maven profile {@code cluster}, on the
 * server that profile provisions (target/cluster-server).
 */
package dev.courseportal.it.cluster;
