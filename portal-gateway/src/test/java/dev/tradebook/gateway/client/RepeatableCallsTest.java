package dev.tradebook.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;

import org.junit.jupiter.api.Test;

/** Which calls to a service may be sent again: reads, and writes that carry an Idempotency-Key. */
class RepeatableCallsTest {

    interface SomeServiceApi {

        @GET
        Object read(@PathParam("code") String code);

        @POST
        Object create(@HeaderParam("Idempotency-Key") String key, Object body);

        @POST
        Object act(@PathParam("number") String number, Object body);

        @PUT
        Object replace(@HeaderParam("If-Match") String ifMatch, Object body);
    }

    @Test
    void aReadIsRepeatable() throws Exception {
        assertThat(ServiceGuard.repeatable(method("read", String.class), new Object[] {"C1"})).isTrue();
    }

    @Test
    void aPostWithAnIdempotencyKeyIsRepeatable() throws Exception {
        assertThat(ServiceGuard.repeatable(method("create", String.class, Object.class), new Object[] {"k-1", "{}"})).isTrue();
    }

    @Test
    void aPostWhoseCallerSentNoKeyIsNot() throws Exception {
        Method create = method("create", String.class, Object.class);

        assertThat(ServiceGuard.repeatable(create, new Object[] {null, "{}"})).isFalse();
        assertThat(ServiceGuard.repeatable(create, new Object[] {" ", "{}"})).isFalse();
    }

    @Test
    void aWriteWithoutAKeyIsNot() throws Exception {
        assertThat(ServiceGuard.repeatable(method("act", String.class, Object.class), new Object[] {"Q1", "{}"})).isFalse();
        assertThat(ServiceGuard.repeatable(method("replace", String.class, Object.class), new Object[] {"\"1\"", "{}"}))
                .isFalse();
    }

    private static Method method(String name, Class<?>... parameters) throws NoSuchMethodException {
        return SomeServiceApi.class.getMethod(name, parameters);
    }
}
