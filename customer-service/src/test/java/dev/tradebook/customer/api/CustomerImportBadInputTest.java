package dev.tradebook.customer.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Every kind of bad file of issue 8, with the exact figures it ends with (test profile: max 2 MiB, 4 rows a chunk). */
@QuarkusTest
class CustomerImportBadInputTest {

    @TestHTTPResource("/api/v1/customer-imports")
    URL imports;

    @Test
    void anUnbalancedQuoteFailsTheImportAfterTheRowsBeforeIt() {
        String a = Customers.uniqueCode("IBQ");
        String b = Customers.uniqueCode("IBQ");
        String after = Customers.uniqueCode("IBQ");
        String id = Imports.post(Imports.CSV, "", Imports.csv(
                a + ",Before One,CUSTOMER,DOM,,,",
                b + ",Before Two,CUSTOMER,DOM,,,",
                "IBQ-Q,\"Never closed,CUSTOMER,DOM,,,",
                after + ",After,CUSTOMER,DOM,,,")).then().statusCode(202).extract().path("id");

        JsonPath done = Imports.finished(id);

        assertThat(done.getMap("")).contains(Map.entry("status", "FAILED"), Map.entry("read", 3),
                Map.entry("created", 2), Map.entry("failed", 1));
        assertThat(done.getString("failure")).startsWith("line 4: the CSV cannot be read from here on");
        assertThat(Imports.errors(id).getList("line", Integer.class)).containsExactly(4);
        Customers.get(b).then().statusCode(200);
        Customers.get(after).then().statusCode(404);
    }

    @Test
    void aRowWithAnotherNumberOfValuesThanTheHeaderFailsAlone() {
        String good = Customers.uniqueCode("IBC");
        String id = Imports.post(Imports.CSV, "", Imports.csv(
                "IBC-SHORT,Too Few,CUSTOMER",
                good + ",Just Right,CUSTOMER,DOM,,,",
                "IBC-LONG,Too Many,CUSTOMER,DOM,,,,extra")).then().statusCode(202).extract().path("id");

        JsonPath done = Imports.finished(id);

        assertThat(done.getMap("")).contains(Map.entry("status", "COMPLETED"), Map.entry("read", 3),
                Map.entry("created", 1), Map.entry("failed", 2));
        assertThat(Imports.errors(id).getList("message", String.class)).containsExactly(
                "has 3 values, the header has 7 columns", "has 8 values, the header has 7 columns");
        Customers.get(good).then().statusCode(200);
    }

    @Test
    void unknownColumnsRefuseTheWholeFileBeforeAnythingIsImported() {
        String code = Customers.uniqueCode("IBU");
        Imports.post(Imports.CSV, "", "code,name,type,debtorAccountGroups,colour,status\n"
                + code + ",Unknown Columns,CUSTOMER,DOM,red,ACTIVE\n")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("import-columns"))
                .body("violations.field", equalTo(java.util.List.of("colour", "status")));
        Customers.get(code).then().statusCode(404);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithTheLineOfItsFirstBadByte() {
        byte[] latin1 = Imports.csv("IBE-1,Caf\u00e9 Latin,CUSTOMER,DOM,,,").getBytes(StandardCharsets.ISO_8859_1);
        String good = "code,name,type,debtorAccountGroups\nIBE-0,Fine,CUSTOMER,DOM\n";
        byte[] body = new byte[good.length() + latin1.length];
        System.arraycopy(good.getBytes(StandardCharsets.UTF_8), 0, body, 0, good.length());
        System.arraycopy(latin1, 0, body, good.length(), latin1.length);

        Imports.post(Imports.CSV, "", body).then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("encoding"))
                .body("violations[0].field", equalTo("body"))
                .body("violations[0].message", startsWithLine(4));
        Customers.get("IBE-0").then().statusCode(404);
    }

    @Test
    void anEmptyFileIsRefused() {
        Imports.post(Imports.CSV, "", "").then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("empty-import"));
        Imports.post(Imports.NDJSON, "", "\n  \n").then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("empty-import"));
    }

    @Test
    void aHeaderWithoutRowsImportsNothing() {
        JsonPath done = Imports.run(Imports.CSV, "", "code,name,type,debtorAccountGroups\n");

        assertThat(done.getMap("")).contains(Map.entry("status", "COMPLETED"), Map.entry("read", 0),
                Map.entry("created", 0), Map.entry("failed", 0));
    }

    @Test
    void aFileOverTheMaximumIsRefusedWith413WhileStreamingAndLeavesNoSpool() throws IOException {
        long spooled = spoolFiles();
        // The test profile's maximum is 2 MiB; the body streams (no length known up front) and stops at the limit.
        InputStream endless = new InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent++ < 3L * 1024 * 1024 ? 'x' : -1;
            }
        };
        given().auth().oauth2(Imports.ADMIN).contentType(Imports.CSV).body(endless)
                .when().post("/api/v1/customer-imports")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", containsString("import-too-large"));
        assertThat(spoolFiles()).isEqualTo(spooled);
    }

    @Test
    void aTwoGigabyteFileIsRefusedFromItsDeclaredLengthBeforeAByteIsSent() throws IOException {
        long spooled = spoolFiles();
        try (Socket socket = new Socket(imports.getHost(), imports.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST /api/v1/customer-imports HTTP/1.1\r\nHost: " + imports.getHost() + "\r\n"
                    + "Authorization: Bearer " + Imports.ADMIN + "\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: 2147483648\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"status\":413");
        }
        assertThat(spoolFiles()).isEqualTo(spooled);
    }

    @Test
    void anotherEndpointStillRefusesABodyOverTenMegabytes() {
        byte[] body = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        given().auth().oauth2(Customers.SALES).contentType("application/json").body(body)
                .when().post("/api/v1/customers")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void rowsFailingValidationAreReportedAmongGoodOnesAndTheFiguresAddUp() {
        String[] good = {Customers.uniqueCode("IBV"), Customers.uniqueCode("IBV"), Customers.uniqueCode("IBV")};
        String id = Imports.post(Imports.CSV, "", Imports.csv(
                good[0] + ",Good One,CUSTOMER,DOM,,,",
                "IBV-NEG,Negative Limit,CUSTOMER,DOM,,-5,",
                good[1] + ",Good Two,CUSTOMER,DOM,,,",
                "IBV-CITY,Nowhere,CUSTOMER,DOM,ATLANTIS,,",
                "IBV-TYPE,Bad Type,SHOP,DOM,,,",
                good[2] + ",Good Three,CUSTOMER,DOM,,,",
                "IBV-GRP,No Group,CUSTOMER,,,,")).then().statusCode(202).extract().path("id");

        JsonPath done = Imports.finished(id);

        assertThat(done.getMap("")).contains(Map.entry("read", 7), Map.entry("created", 3), Map.entry("updated", 0),
                Map.entry("failed", 4));
        JsonPath errors = Imports.errors(id);
        assertThat(errors.getList("line", Integer.class)).containsExactly(3, 5, 6, 8);
        assertThat(errors.getList("field", String.class)).containsExactly("creditLimit", "address.city", "type",
                "debtorAccountGroups");
        for (String code : good) {
            Customers.get(code).then().statusCode(200);
        }
        given().auth().oauth2(Imports.ADMIN).accept("text/csv").when().get("/api/v1/customer-imports/" + id + "/errors")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("line,field,message"), containsString("5,address.city,"));
    }

    private static org.hamcrest.Matcher<String> startsWithLine(int line) {
        return org.hamcrest.Matchers.startsWith("line " + line + " ");
    }

    private static long spoolFiles() throws IOException {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), "customer-imports");
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (var files = Files.list(directory)) {
            return files.count();
        }
    }
}
