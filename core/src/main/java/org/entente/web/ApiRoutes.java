package org.entente.web;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import org.entente.model.Case;
import org.entente.model.Party;
import org.entente.model.ThreatPerception;
import org.entente.data.OutsideCoverage;
import org.entente.report.data.CaseViews;
import org.entente.report.data.PairView;
import org.entente.model.State;
import org.entente.model.StateDirectory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.HttpStatus;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/**
 * The REST API under {@code /api/}: the data behind the dashboard as JSON, GET only. Each route is
 * listed in {@link #ROUTES} (served at {@code /api/}) and documented in the README.
 */
final class ApiRoutes {

    static final int MIN_YEAR = 1816;
    static final int MAX_YEAR = 2100;

    /** Route → what it returns; served at /api/ so a client can discover the API. */
    static final Map<String, String> ROUTES = routes();

    private static Map<String, String> routes() {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("/api/", "this list");
        r.put("/api/states", "COW states: ccode, abbrev, name");
        r.put("/api/datasets", "loaded datasets with rows, versions and citations");
        r.put("/api/cases", "case files the server knows: id, title, parties, period");
        r.put("/api/cases/{id}", "one case: summary, sources, and its timeline");
        r.put("/api/cases/{id}/timeline", "dated events of the case (summits, treaties, deals) with sources");
        r.put("/api/cases/{id}/barometer", "summits on the rhetoric barometer's ordinal scale");
        r.put("/api/cases/{id}/threats", "threat perceptions of the two parties and their congruence");
        r.put("/api/cases/{id}/ach", "the ACH matrix: hypotheses, evidence ratings, scores, diagnosticity");
        r.put("/api/pair?a=A&b=B&from=Y1&to=Y2", "arms transfers both ways with shares, bilateral trade, CINC, the cases"
                + " about the pair, the datasets used, and each dataset family's coverage of the span");
        return r;
    }

    private final DashboardData data;
    private final PairAnswers answers;
    private final ObjectMapper mapper;
    private final StateDirectory states = StateDirectory.shared();

    ApiRoutes(DashboardData data, PairAnswers answers, ObjectMapper mapper) {
        this.data = data;
        this.answers = answers;
        this.mapper = mapper;
    }

    void register(Javalin app) {
        app.get("/api", ctx -> ctx.json(Map.of("routes", ROUTES)));
        app.get("/api/states", ctx -> ctx.json(states.all()));
        app.get("/api/datasets", ctx -> ctx.json(data.datasets()));
        app.get("/api/cases", ctx -> ctx.json(data.cases().stream().map(ApiRoutes::caseSummary).toList()));
        app.get("/api/cases/{id}", ctx -> {
            Case c = kase(ctx);
            Map<String, Object> out = caseSummary(c);
            out.put("summary", c.summary());
            out.put("sources", c.sources());
            out.put("timeline", CaseViews.timeline(c));
            ctx.json(out);
        });
        app.get("/api/cases/{id}/timeline", ctx -> ctx.json(CaseViews.timeline(kase(ctx))));
        app.get("/api/cases/{id}/barometer", ctx -> ctx.json(CaseViews.barometer(kase(ctx))));
        app.get("/api/cases/{id}/threats", ctx -> ctx.json(CaseViews.threats(kase(ctx))));
        app.get("/api/cases/{id}/ach", ctx -> ctx.json(CaseViews.ach(kase(ctx))));
        app.get("/api/pair", this::pair);
    }

    /**
     * Checks the parameters here (400 at once), then answers from {@link PairAnswers}: kept, being
     * computed for another request, or computed now on its pool, within its timeout (503 past it).
     */
    private void pair(Context ctx) {
        State a = state(ctx, "a");
        State b = state(ctx, "b");
        if (a.ccode() == b.ccode()) {
            throw new BadParameter("b", "a and b name the same state; a pair needs two");
        }
        int from = year(ctx, "from", 1989);
        int to = year(ctx, "to", 2001);
        if (from > to) {
            throw new BadParameter("to", "the span ends (" + to + ") before it starts (" + from + ")");
        }
        PairAnswers.Key key = new PairAnswers.Key(a.ccode(), b.ccode(), from, to, data.stamp());
        String path = ctx.path();
        ctx.future(() -> answers.get(key, () -> pairAnswer(a, b, from, to, path)).handle((answer, failure) -> {
            if (failure == null) {
                ctx.status(answer.status()).contentType(ContentType.APPLICATION_JSON).result(answer.json());
            } else {
                failed(ctx, path, failure instanceof CompletionException ? failure.getCause() : failure);
            }
            return null;
        }));
    }

    private void failed(Context ctx, String path, Throwable failure) {
        Map<String, Object> error;
        if (failure instanceof TimeoutException || failure instanceof CancellationException) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
            error = DashboardServer.error(503, "the answer was not ready within the server's per-request timeout of "
                    + answers.limits().timeout().toMillis() + " ms; try again shortly", null, path);
        } else if (failure instanceof PairAnswers.Busy e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
            error = DashboardServer.error(503, e.getMessage(), null, path);
        } else {
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
            error = DashboardServer.error(500, "internal error: " + failure.getClass().getSimpleName(), null, path);
        }
        ctx.json(error);
    }

    /** The answer of /api/pair as JSON bytes, ready to be kept and served as they are. */
    private PairAnswers.Answer pairAnswer(State a, State b, int from, int to, String path) {
        try {
            data.requireSomeCoverage(from, to, "pair " + a.abbrev() + "–" + b.abbrev());
        } catch (OutsideCoverage e) {
            return new PairAnswers.Answer(400, bytes(DashboardServer.error(400, e.getMessage(), "from", path)));
        }
        List<Case> cases = data.casesFor(a, b);
        List<Integer> named = new ArrayList<>();
        if (!cases.isEmpty()) {
            for (ThreatPerception t : cases.get(0).threats()) {
                states.find(t.threatSource()).ifPresent(s -> named.add(s.ccode()));
            }
        }
        PairView view = data.pair(a, b, from, to, named);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("pair", view);
        out.put("cases", cases.stream().map(ApiRoutes::caseSummary).toList());
        out.put("datasets", data.datasets(view.datasets()));
        out.put("coverage", view.coverage());
        return new PairAnswers.Answer(200, bytes(out));
    }

    private byte[] bytes(Object json) {
        try {
            return mapper.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Case kase(Context ctx) {
        String id = ctx.pathParam("id");
        return data.kase(id).orElseThrow(() -> new NotFoundResponse("no case '" + id + "'; see /api/cases"));
    }

    private State state(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw new BadParameter(name, "parameter '" + name + "' is required: a COW abbreviation (RUS), name or code");
        }
        if (v.length() > 80) {
            throw new BadParameter(name, "parameter '" + name + "' is too long to name a state");
        }
        return states.find(v).orElseThrow(() -> new BadParameter(name,
                "parameter '" + name + "': no COW state is called '" + v + "'; see /api/states"));
    }

    private static int year(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        int y;
        try {
            y = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadParameter(name, "parameter '" + name + "' must be a year, got '" + abbreviate(v) + "'");
        }
        if (y < MIN_YEAR || y > MAX_YEAR) {
            throw new BadParameter(name, "parameter '" + name + "' must be a year between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return y;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    static Map<String, Object> caseSummary(Case c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("title", c.title());
        List<Map<String, Object>> parties = new ArrayList<>();
        for (Party p : c.parties()) {
            parties.add(Map.of("ccode", p.ccode(), "abbrev", p.abbrev(), "name", p.name()));
        }
        m.put("parties", parties);
        m.put("fromYear", c.fromYear());
        m.put("toYear", c.toYear());
        return m;
    }
}
