package dev.tradebook.gateway.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns every 4xx/5xx answer of a service into a {@link ServiceRefusal} carrying its body. */
public class ServiceRefusals implements ResponseExceptionMapper<ServiceRefusal> {

    @Override
    public ServiceRefusal toThrowable(Response response) {
        return new ServiceRefusal(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : "");
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
