package dev.courseportal.content.gate;

import java.util.Map;
import java.util.Optional;

/**
 * Converters that lessons may name although they are not on the pinned class path, because they ship outside Debezium
 * and Apache Kafka and are not obtainable from Maven Central here. A configuration that uses one is checked in every
 * other respect and then counted as marked with the reason below, never silently passed: the converter's own
 * properties cannot be checked.
 */
final class ThirdPartyConverters {
    private static final String CONFLUENT = "third-party converter from Confluent's repository / Confluent Hub (not "
            + "Maven Central, not part of Debezium or Kafka); its properties are not checked";
    private static final String APICURIO = "third-party converter from Apicurio Registry's converter distribution "
            + "(not part of Debezium or Kafka, not on the gate's class path); its properties are not checked";
    private static final Map<String, String> KNOWN = Map.of(
            "io.confluent.connect.avro.AvroConverter", CONFLUENT,
            "io.confluent.connect.protobuf.ProtobufConverter", CONFLUENT,
            "io.confluent.connect.json.JsonSchemaConverter", CONFLUENT,
            "io.apicurio.registry.utils.converter.AvroConverter", APICURIO,
            "io.apicurio.registry.utils.converter.ExtJsonConverter", APICURIO,
            "io.apicurio.registry.utils.converter.ProtobufConverter", APICURIO);

    private ThirdPartyConverters() {
    }

    /** Why the converter is accepted without being on the class path, if it is one of the known ones. */
    static Optional<String> reason(String className) {
        return Optional.ofNullable(KNOWN.get(className));
    }
}
