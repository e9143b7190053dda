package dev.tradebook.platform.events;

/**
 * A versioned event type: its CloudEvents type name, the topic it travels on and the record of its data.
 * A breaking change is a new type with a new version suffix, published beside the old one.
 */
public record EventType<T>(String name, String topic, Class<T> dataClass) {

    /** Where the JSON Schema of this type's data lies on the classpath. */
    public String schemaResource() {
        return "schemas/" + name + ".schema.json";
    }
}
