package dev.tradebook.local;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * A small, realistic data set loaded through the public APIs with a real token, so that it passes
 * every rule a user's data passes. Every record has a fixed code: loading again creates nothing twice.
 * Customers of every trade type on the seeded reference data (and, through events, their debtor
 * accounts and credit copies), then a few hundred sales documents on them.
 */
public final class DemoData {

    /** What one load created; a second load of the same data creates nothing. */
    public record Loaded(int customers, int documents) {
    }

    private static final List<String> TRADE_NAMES = List.of("Traders", "Distributors", "Wholesale", "Agencies", "Stores",
            "Enterprises");
    private static final List<String> TYPES = List.of("CUSTOMER", "DEALER", "DISTRIBUTOR", "AGENT", "CARRYING_AND_FORWARDING",
            "CONSIGNEE", "OEM");
    private static final List<String> CITIES = List.of("PUNE", "MUMBAI", "NAGPUR", "AHMEDABAD", "SURAT", "BENGALURU",
            "CHENNAI", "HYDERABAD", "NEW-DELHI", "KOLKATA");
    private static final List<String> PAYMENT_TERMS = List.of("NET15", "NET30", "NET45", "NET60");

    /** A few dozen of each of the seven trade types. */
    private static final int CUSTOMERS = 7 * 24;
    /** Sales regions and lines of business are each company's own: the migrations seed none. */
    private static final String[][] REFERENCE_CODES = {
        {"SR", "NORTH", "North region"}, {"SR", "SOUTH", "South region"}, {"SR", "EAST", "East region"},
        {"SR", "WEST", "West region"},
        {"BT", "FMCG", "Fast-moving consumer goods"}, {"BT", "PHARMA", "Pharmaceuticals"},
        {"BT", "HARDWARE", "Hardware and tools"}, {"BT", "ELECTRICAL", "Electrical goods"}};
    private static final String[][] CORPORATES = {
        {"SHAH-GROUP", "Shah Group of Companies"}, {"RAO-HOLDINGS", "Rao Holdings"}, {"KAPOOR-ENT", "Kapoor Enterprises"}};
    /** code, name, e-mail, buyer: the customers of the portal users portal-a and portal-b. */
    private static final String[][] PORTAL_CUSTOMERS = {
        {"DEMOA", "Demo A Traders", "buyer@demo-a.example", "Meera Iyer"},
        {"DEMOB", "Demo B Distributors", "buyer@demo-b.example", "Kabir Shah"}};
    private static final List<String> FOREIGN_CITIES = List.of("DUBAI", "SINGAPORE", "LONDON", "NEW-YORK");
    private static final List<String> CURRENCIES = List.of("AED", "SGD", "GBP", "USD");

    private final LocalStack stack;

    public DemoData(LocalStack stack) {
        this.stack = stack;
    }

    public Loaded load(Consumer<String> progress) {
        DemoClient client = new DemoClient(stack, "admin");
        int references = 0;
        for (String[] code : REFERENCE_CODES) {
            references += post(client, "/api/v1/codes/" + code[0], Map.of("code", code[1], "description", code[2]));
        }
        for (String[] corporate : CORPORATES) {
            references += post(client, "/api/v1/corporates", Map.of("code", corporate[0], "name", corporate[1]));
        }
        progress.accept("demo data: " + references + " reference entries created");
        int created = 0;
        int existing = 0;
        for (int i = 1; i <= CUSTOMERS; i++) {
            if (post(client, "/api/v1/customers", customer(i)) == 1) {
                created++;
            } else {
                existing++;
            }
        }
        for (String[] portal : PORTAL_CUSTOMERS) {
            created += post(client, "/api/v1/customers", portalCustomer(portal));
        }
        progress.accept("demo data: " + created + " customers created, " + existing + " already there");
        List<Map<String, Object>> customers = IntStream.rangeClosed(1, CUSTOMERS).mapToObj(DemoData::customer).toList();
        DemoDocuments documents = new DemoDocuments(client);
        int loaded = documents.load(customers, progress);
        for (String[] portal : PORTAL_CUSTOMERS) {
            loaded += documents.portalDocuments(portal[0]);
        }
        return new Loaded(created, loaded);
    }

    /**
     * The customers of the realm's portal users portal-a and portal-b (deploy/keycloak/realm.json, claim
     * customer_code), so that a frontend developer can log in to the portal at once. Their logins come with the
     * realm, so portal login stays off here: provisioning would add a second login per customer.
     */
    private static Map<String, Object> portalCustomer(String[] portal) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("code", portal[0]);
        customer.put("name", portal[1]);
        customer.put("type", "DEALER");
        customer.put("currency", "INR");
        customer.put("address", Map.of("line1", "1 Portal Lane", "city", "PUNE", "pinCode", "411001"));
        customer.put("email", portal[2]);
        customer.put("contacts", List.of(Map.of("name", portal[3], "designation", "Purchase manager", "email", portal[2])));
        customer.put("creditLimit", "500000");
        customer.put("paymentTerms", "NET30");
        customer.put("debtorAccountGroups", List.of("DOM"));
        return customer;
    }

    /** Every sixth customer buys for export, in its own currency and city; the rest are domestic, in INR. */
    private static Map<String, Object> customer(int i) {
        boolean export = i % 6 == 0;
        String town = export ? FOREIGN_CITIES.get(i % FOREIGN_CITIES.size()) : CITIES.get(i % CITIES.size());
        String name = title(town) + " " + TRADE_NAMES.get(i % TRADE_NAMES.size()) + " " + i;
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("code", "DEMO-%03d".formatted(i));
        customer.put("name", name);
        customer.put("type", TYPES.get(i % TYPES.size()));
        customer.put("currency", export ? CURRENCIES.get(i % CURRENCIES.size()) : "INR");
        customer.put("address", Map.of("line1", (10 + i) + " Market Road", "city", town, "pinCode", Integer.toString(400000 + i)));
        customer.put("email", "accounts@demo-%03d.example".formatted(i));
        customer.put("contacts", List.of(Map.of("name", "Buyer of " + name.substring(0, Math.min(name.length(), 40)),
                "designation", "Purchase manager", "email", "buyer@demo-%03d.example".formatted(i))));
        customer.put("creditLimit", Integer.toString(i % 5 == 0 ? 0 : 50_000 * (1 + i % 4)));
        customer.put("creditActionOnOrder", i % 3 == 0 ? "WARN" : "STOP");
        customer.put("paymentTerms", PAYMENT_TERMS.get(i % PAYMENT_TERMS.size()));
        customer.put("salesRegion", REFERENCE_CODES[i % 4][1]);
        customer.put("mainBusiness", REFERENCE_CODES[4 + i % 4][1]);
        if (i % 4 == 0) {
            customer.put("corporate", CORPORATES[i % CORPORATES.length][0]);
        }
        customer.put("debtorAccountGroups", export ? List.of("EXP") : List.of("DOM"));
        return customer;
    }

    private static String title(String cityCode) {
        String lower = cityCode.replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** 1 when created, 0 when the code is taken (409): loaded before, so nothing is created twice. */
    private static int post(DemoClient client, String path, Map<String, Object> body) {
        HttpResponse<String> response = client.post(Service.CUSTOMER, path, body, null);
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("demo " + path + " " + body.get("code") + " refused with HTTP "
                    + response.statusCode() + ": " + response.body());
        }
        return response.statusCode() == 201 ? 1 : 0;
    }
}
