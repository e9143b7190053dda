package dev.tradebook.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where portal logins are provisioned. */
@ConfigMapping(prefix = "gateway.portal-logins")
public interface PortalLoginSettings {

    /** The realm whose users are the portal logins (the realm that issues the portal's tokens). */
    @WithDefault("distribution")
    String realm();
}
