package dev.tradebook.load;

import io.vertx.core.json.JsonObject;

/** An HTTP answer: its status and, when it is a JSON object, its body. */
record Reply(int status, JsonObject body) {

    boolean is(int expected) {
        return status == expected;
    }

    /** The {@code type} of a problem+json answer, or empty. */
    String problemType() {
        return body == null ? "" : body.getString("type", "");
    }
}
