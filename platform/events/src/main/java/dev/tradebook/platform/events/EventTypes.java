package dev.tradebook.platform.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.tradebook.platform.events.customer.CustomerActivated;
import dev.tradebook.platform.events.customer.CustomerCreated;
import dev.tradebook.platform.events.customer.CustomerCreditTermsChanged;
import dev.tradebook.platform.events.customer.CustomerDeactivated;
import dev.tradebook.platform.events.customer.CustomerDeleted;
import dev.tradebook.platform.events.customer.CustomerHoldChanged;
import dev.tradebook.platform.events.customer.CustomerOwnerChanged;
import dev.tradebook.platform.events.customer.CustomerUpdated;

/** Every event type the system publishes, looked up by its CloudEvents type name. */
public final class EventTypes {

    public static final EventType<CustomerCreated> CUSTOMER_CREATED =
            new EventType<>("customer.created.v1", Topics.CUSTOMER_EVENTS, CustomerCreated.class);
    public static final EventType<CustomerUpdated> CUSTOMER_UPDATED =
            new EventType<>("customer.updated.v1", Topics.CUSTOMER_EVENTS, CustomerUpdated.class);

    public static final EventType<CustomerCreditTermsChanged> CUSTOMER_CREDIT_TERMS_CHANGED =
            new EventType<>("customer.credit-terms-changed.v1", Topics.CUSTOMER_EVENTS, CustomerCreditTermsChanged.class);

    public static final EventType<CustomerDeactivated> CUSTOMER_DEACTIVATED =
            new EventType<>("customer.deactivated.v1", Topics.CUSTOMER_EVENTS, CustomerDeactivated.class);
    public static final EventType<CustomerActivated> CUSTOMER_ACTIVATED =
            new EventType<>("customer.activated.v1", Topics.CUSTOMER_EVENTS, CustomerActivated.class);
    public static final EventType<CustomerOwnerChanged> CUSTOMER_OWNER_CHANGED =
            new EventType<>("customer.owner-changed.v1", Topics.CUSTOMER_EVENTS, CustomerOwnerChanged.class);
    public static final EventType<CustomerHoldChanged> CUSTOMER_HOLD_CHANGED =
            new EventType<>("customer.hold-changed.v1", Topics.CUSTOMER_EVENTS, CustomerHoldChanged.class);
    public static final EventType<CustomerDeleted> CUSTOMER_DELETED =
            new EventType<>("customer.deleted.v1", Topics.CUSTOMER_EVENTS, CustomerDeleted.class);

    public static final List<EventType<?>> ALL = List.of(CUSTOMER_CREATED, CUSTOMER_UPDATED, CUSTOMER_CREDIT_TERMS_CHANGED,
            CUSTOMER_DEACTIVATED, CUSTOMER_ACTIVATED, CUSTOMER_OWNER_CHANGED, CUSTOMER_HOLD_CHANGED,
            CUSTOMER_DELETED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventTypes() {
    }

    /** Empty for a type this version does not know: consumers ignore such events. */
    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
