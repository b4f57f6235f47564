/**
 * Tests of the release: the bootable JAR started as a separate process ({@code java -jar}) on the
 * embedded database and on a real PostgreSQL, signed in to over plain HTTP; and, without a
 * container engine or a cluster, the Containerfile, the Kubernetes manifests and the operations
 * guide checked against what the build produced (ports, health paths, variable names).
 */
package dev.courseportal.it.release;
