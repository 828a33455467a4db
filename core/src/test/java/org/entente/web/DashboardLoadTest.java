package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.entente.report.StoreFixture;
import org.entente.source.casefile.CaseReader;
import org.entente.store.Store;
import org.entente.store.StoreSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * /api/pair under concurrent requests: one computation per pair, span and store state (counted by
 * the server), the same answer for all, a changed store read afresh, and the timeout answered 503.
 * Not timed: the figures under load are bench/serve-load.sh's.
 */
@Timeout(120)
class DashboardLoadTest {

    static final String PAIR = "/api/pair?a=RUS&b=CHN&from=1990&to=1995";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    Path dir;
    Path db;
    Store store;
    DashboardServer server;

    @BeforeEach
    void fill() throws Exception {
        dir = Files.createTempDirectory("entente-load-");
        db = dir.resolve("store.duckdb");
        try (Store s = Store.open(db)) {
            StoreFixture.fill(s);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    void serve(Store s, PairAnswers.Limits limits) throws Exception {
        store = s;
        server = DashboardServer.start(new DashboardData(s, List.of(CaseReader.builtIn("russia-china-2001"))),
                "127.0.0.1", 0, limits);
    }

    HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).GET().build();
    }

    @Test
    void identicalConcurrentRequestsAreComputedOnceAndAnsweredAlike() throws Exception {
        serve(Store.open(db, StoreSettings.defaults().asReadOnly()), PairAnswers.Limits.defaults());
        int n = 64;
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sent.add(HTTP.sendAsync(request(PAIR), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
        assertThat(answers.stream().map(HttpResponse::body).distinct()).hasSize(1);
        assertThat(answers.get(0).headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        // the fixture's 1990 Russia→China delivery (400 + 100 TIV), so the answer is the pair's, not an error
        assertThat(answers.get(0).body()).contains("\"pair\"").contains("500");
        assertThat(server.pairComputations()).isEqualTo(1);

        // another span is another answer; the first is still kept
        assertThat(get("/api/pair?a=RUS&b=CHN&from=1991&to=1995").statusCode()).isEqualTo(200);
        assertThat(get(PAIR).body()).isEqualTo(answers.get(0).body());
        assertThat(server.pairComputations()).isEqualTo(2);
    }

    @Test
    void aChangedStoreIsReadAfresh() throws Exception {
        // written to while served (as no other process could while `entente serve` holds it read-only)
        serve(Store.open(db), PairAnswers.Limits.defaults());
        HttpResponse<String> before = get(PAIR);
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(get(PAIR).body()).isEqualTo(before.body());
        assertThat(server.pairComputations()).isEqualTo(1);

        // 1990's bilateral trade, 2000 in the fixture, becomes 987654
        store.execute("UPDATE trade_flow SET flow1 = 987654 WHERE year = 1990");
        store.execute("CHECKPOINT");
        HttpResponse<String> after = get(PAIR);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(before.body()).doesNotContain("987654");
        assertThat(after.body()).contains("987654");
        assertThat(server.pairComputations()).isEqualTo(2);
    }

    @Test
    void anAnswerNotReadyInTimeIs503AndJson() throws Exception {
        // 1 ms: a cold pair reads a dozen tables, which takes longer
        serve(Store.open(db, StoreSettings.defaults().asReadOnly()),
                new PairAnswers.Limits(Duration.ofMillis(1), 1, 8, 1 << 20));
        HttpResponse<String> r = get(PAIR);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("status").asInt()).isEqualTo(503);
        assertThat(body.get("error").asText()).contains("timeout of 1 ms");
        assertThat(body.get("path").asText()).isEqualTo("/api/pair");
    }

    @Test
    void badInputIsStill400() throws Exception {
        serve(Store.open(db, StoreSettings.defaults().asReadOnly()), PairAnswers.Limits.defaults());
        HttpResponse<String> r = get("/api/pair?a=RUS&b=CHN&from=1700&to=1710");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(r.body()).get("parameter").asText()).isEqualTo("from");
        // a span outside the loaded years is found by the computation, and still a 400 naming the parameter
        HttpResponse<String> outside = get("/api/pair?a=RUS&b=CHN&from=2050&to=2060");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(outside.body()).get("parameter").asText()).isEqualTo("from");
    }
}
