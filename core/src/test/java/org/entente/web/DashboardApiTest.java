package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The REST API over HTTP: its answers, its errors (JSON, right status) and that it only reads. */
@Timeout(120)
class DashboardApiTest {

    static DashboardFixture fixture;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        fixture = new DashboardFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    static HttpResponse<String> send(String method, String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fixture.url(path))).timeout(Duration.ofSeconds(30));
        b.method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{}"));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readTree(r.body());
    }

    @Test
    void theServerListsItsRoutes() throws Exception {
        HttpResponse<String> r = send("GET", "/api/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("routes").has("/api/pair?a=A&b=B&from=Y1&to=Y2")).isTrue();
    }

    @Test
    void aPairAnswersWithTheStoresSeriesAndItsCases() throws Exception {
        HttpResponse<String> r = send("GET", "/api/pair?a=RUS&b=CHN&from=1990&to=1995");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        JsonNode arms = body.get("pair").get("armsAtoB").get("deliveries").get("points");
        // StoreFixture: Russia to China 400 + 100 × (year − 1989) TIV; 1990..1995 is six years
        assertThat(arms).hasSize(6);
        assertThat(arms.get(0).get("year").asInt()).isEqualTo(1990);
        assertThat(arms.get(0).get("value").asDouble()).isEqualTo(500.0);
        assertThat(body.get("cases").findValuesAsText("id")).contains("russia-china-2001", "hostile-case");
        assertThat(body.get("datasets").findValuesAsText("citation")).contains("Singer 1987, COW NMC 6.0");
        // the pair either way round, by name or code
        assertThat(send("GET", "/api/pair?a=China&b=365").statusCode()).isEqualTo(200);
    }

    @Test
    void badParametersGet400WithAJsonError() throws Exception {
        for (String q : new String[] {"/api/pair", "/api/pair?a=RUS", "/api/pair?a=RUS&b=Atlantis",
                "/api/pair?a=RUS&b=RUS", "/api/pair?a=RUS&b=CHN&from=abc", "/api/pair?a=RUS&b=CHN&from=2001&to=1989",
                "/api/pair?a=RUS&b=CHN&to=99999"}) {
            HttpResponse<String> r = send("GET", q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            JsonNode e = json(r);
            assertThat(e.get("status").asInt()).isEqualTo(400);
            assertThat(e.get("error").asText()).as(q).isNotBlank();
            assertThat(e.get("parameter").asText()).as(q).isIn("a", "b", "from", "to");
        }
    }

    @Test
    void unknownRoutesAndCasesGet404InJson() throws Exception {
        for (String path : new String[] {"/api/nothing", "/api/cases/no-such-case", "/api/cases/no-such-case/ach",
                "/no/such/page"}) {
            HttpResponse<String> r = send("GET", path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(json(r).get("error").asText()).isNotBlank();
        }
    }

    @Test
    void onlyReadingIsAllowed() throws Exception {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            for (String path : new String[] {"/api/datasets", "/api/cases/russia-china-2001", "/", "/api/nothing"}) {
                HttpResponse<String> r = send(method, path);
                assertThat(r.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
                assertThat(json(r).get("error").asText()).contains("read-only");
            }
        }
        // and the datasets are what they were
        assertThat(json(send("GET", "/api/datasets"))).hasSize(3);
    }

    @Test
    void casesAreServedWithTheirViews() throws Exception {
        JsonNode ach = json(send("GET", "/api/cases/hostile-case/ach"));
        // the test case: e1 (high, 2) rates h1 C, h2 II; e2 (medium, 1) rates h1 I, h2 CC
        // inconsistency h1 = 2×0 + 1×1 = 1; h2 = 2×2 + 1×0 = 4 (Heuer: I counts 1, II counts 2)
        assertThat(ach.get("hypotheses").get(0).get("inconsistency").asDouble()).isEqualTo(1.0);
        assertThat(ach.get("hypotheses").get(1).get("inconsistency").asDouble()).isEqualTo(4.0);
        assertThat(ach.get("hypotheses").get(0).get("leads").asBoolean()).isTrue();
        JsonNode timeline = json(send("GET", "/api/cases/hostile-case/timeline"));
        assertThat(timeline.findValuesAsText("date")).startsWith("1992-12", "1994-09");
        JsonNode page = json(send("GET", "/api/cases/russia-china-2001"));
        assertThat(page.get("timeline").size()).isGreaterThan(10);
    }

    @Test
    void pagesCarryAContentSecurityPolicy() throws Exception {
        HttpResponse<String> r = send("GET", "/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<canvas id=\"chart-arms\"");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    }
}
