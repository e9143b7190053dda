package dev.tradebook.local;

/** What the command line prints once the stack is up: where everything is and who can log in. */
final class Banner {

    private Banner() {
    }

    static String of(LocalStack stack) {
        StringBuilder text = new StringBuilder("\nTradebook is up.\n\n");
        for (Service service : Service.values()) {
            String url = stack.service(service).url();
            text.append(String.format("  %-20s %s   Swagger UI %s/q/swagger-ui%n", service.module(), url, url));
        }
        text.append(String.format("  %-20s %s  (admin console: kcadmin / kcadmin)%n", "Keycloak", stack.keycloak().realmUrl()));
        text.append(String.format("  %-20s %s%n", "Kafka", stack.kafka().bootstrapServers()));
        text.append(String.format("  %-20s %s%n", "PostgreSQL", stack.postgres().database().urlPrefix()));
        text.append("""

                  Users (password = user name): admin (sales-admin, accounts), sales, accounts, viewer,
                  customer (portal user of DEMO-001); client "integrator" / secret "integrator-secret".

                  TOKEN=$(curl -s -d grant_type=password -d client_id=frontend -d username=sales -d password=sales \\
                    %s | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')

                Logs and data: %s    Stop: Ctrl-C or deploy/local/run stop
                """.formatted(stack.keycloak().tokenUrl(), stack.layout().home()));
        return text.toString();
    }
}
