package dev.tradebook.gateway.events;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import dev.tradebook.gateway.domain.PortalLogins;
import dev.tradebook.platform.events.CloudEvent;
import dev.tradebook.platform.events.customer.CustomerChange;
import dev.tradebook.platform.events.customer.CustomerCreated;
import dev.tradebook.platform.events.customer.CustomerDeactivated;
import dev.tradebook.platform.events.customer.CustomerDeleted;
import dev.tradebook.platform.events.customer.CustomerProfile;
import dev.tradebook.platform.events.customer.CustomerUpdated;
import dev.tradebook.platform.events.customer.PortalAccess;
import dev.tradebook.platform.runtime.inbox.InboxProcessor;
import io.smallrye.common.annotation.Blocking;

/**
 * Portal logins follow the customer master's events: created or changed customers by their profile (status and
 * portal access), deactivated and deleted ones are closed. One record at a time, so a customer's events, which
 * share a key, apply in order.
 */
@ApplicationScoped
public class CustomerEventsConsumer {

    private static final Logger LOG = Logger.getLogger(CustomerEventsConsumer.class);
    private static final Set<String> LOGIN_FIELDS = Set.of("portal", "status");

    private final InboxProcessor inbox;
    private final PortalLogins logins;

    public CustomerEventsConsumer(InboxProcessor inbox, PortalLogins logins) {
        this.inbox = inbox;
        this.logins = logins;
    }

    /** The Keycloak admin client is request scoped: each record is a request of its own. */
    @Incoming("customer-events")
    @Blocking
    @ActivateRequestContext
    public void on(String record) {
        inbox.process(record, this::applyOrSayWhyNot);
    }

    /** The inbox retries a failure quietly for minutes; Keycloak being away or refusing should show at once. */
    private void applyOrSayWhyNot(CloudEvent<?> event) {
        try {
            apply(event);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Portal login of customer %s not in step yet (event %s, retried)", event.subject(), event.id());
            throw e;
        }
    }

    /**
     * Only what can change a login asks Keycloak anything: a new customer with login enabled, a change of its
     * portal access or status (an activation comes as a customer.updated.v1 with changedFields ["status"]).
     */
    void apply(CloudEvent<?> event) {
        if (event.data() instanceof CustomerChange change && mayChangeTheLogin(change)) {
            CustomerProfile customer = change.customer();
            PortalAccess portal = portalOf(customer);
            logins.follow(customer.code(), customer.name(), "ACTIVE".equals(customer.status()), portal.loginEnabled(),
                    portal.email());
        } else if (event.data() instanceof CustomerDeactivated deactivated) {
            logins.close(deactivated.code());
        } else if (event.data() instanceof CustomerDeleted deleted) {
            logins.close(deleted.code());
        }
    }

    private static boolean mayChangeTheLogin(CustomerChange change) {
        return change instanceof CustomerCreated created ? portalOf(created.customer()).loginEnabled()
                : change instanceof CustomerUpdated updated && updated.changedFields().stream().anyMatch(LOGIN_FIELDS::contains);
    }

    /** Events written before the profile carried portal access mean no login. */
    private static PortalAccess portalOf(CustomerProfile customer) {
        return customer.portal() == null ? new PortalAccess(false, null) : customer.portal();
    }
}
