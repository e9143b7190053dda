package dev.tradebook.platform.runtime.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Jackson reads and writes the properties of records and beans through generated lambdas (Blackbird) instead of
 * reflection: the same JSON, less CPU for every request and event body.
 */
@Singleton
public class GeneratedPropertyAccess implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
