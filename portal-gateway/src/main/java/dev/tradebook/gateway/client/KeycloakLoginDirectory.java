package dev.tradebook.gateway.client;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import dev.tradebook.gateway.config.PortalLoginSettings;
import dev.tradebook.gateway.domain.LoginDirectory;
import dev.tradebook.gateway.domain.PortalLogin;
import dev.tradebook.platform.runtime.security.CallerCustomer;
import dev.tradebook.platform.runtime.security.Roles;

/**
 * Portal logins as users of the realm, through the Keycloak admin API with the gateway's own service account
 * (realm-management manage-users). The user name is the customer code in lower case, so a customer has one.
 */
@ApplicationScoped
public class KeycloakLoginDirectory implements LoginDirectory {

    private final Keycloak keycloak;
    private final PortalLoginSettings settings;

    public KeycloakLoginDirectory(Keycloak keycloak, PortalLoginSettings settings) {
        this.keycloak = keycloak;
        this.settings = settings;
    }

    @Override
    public Optional<PortalLogin> find(String customerCode) {
        return realm().users().search(username(customerCode), true).stream().findFirst()
                .map(user -> new PortalLogin(user.getId(), customerCode, Boolean.TRUE.equals(user.isEnabled()),
                        user.getEmail()));
    }

    @Override
    public void create(String customerCode, String name, String email) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username(customerCode));
        user.setEnabled(true);
        user.setEmail(email);
        user.setEmailVerified(email != null);
        user.setFirstName(name);
        user.setLastName(customerCode);
        user.setAttributes(Map.of(CallerCustomer.CLAIM, List.of(customerCode)));
        String id;
        try (Response created = realm().users().create(user)) {
            id = CreatedResponseUtil.getCreatedId(created);
        }
        RoleRepresentation customer = realm().roles().get(Roles.CUSTOMER).toRepresentation();
        realm().users().get(id).roles().realmLevel().add(List.of(customer));
    }

    @Override
    public void update(PortalLogin login) {
        UserRepresentation user = realm().users().get(login.id()).toRepresentation();
        user.setEnabled(login.enabled());
        user.setEmail(login.email());
        realm().users().get(login.id()).update(user);
    }

    private RealmResource realm() {
        return keycloak.realm(settings.realm());
    }

    private static String username(String customerCode) {
        return customerCode.toLowerCase(Locale.ROOT);
    }
}
