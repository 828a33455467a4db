package org.entente.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/**
 * The dashboard and its REST API (Javalin). Read-only: GET and HEAD only, every other method is
 * answered 405. Errors are JSON: 400 for a bad parameter, 404 for an unknown route or case, 503 when
 * an answer is not ready within the per-request timeout or too many wait for one. The
 * page's scripts and styles are served from the jar; a Content-Security-Policy forbids loading
 * anything from elsewhere, and inline scripts, as a second line of defence behind escaping.
 */
public final class DashboardServer implements AutoCloseable {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
            + " form-action 'self'";

    /** Jetty's request threads at most, and the requests that may wait for one (more are refused). */
    static final int HTTP_THREADS = 32;
    static final int HTTP_QUEUE = 1024;

    private final Javalin app;
    private final PairAnswers answers;

    private DashboardServer(Javalin app, PairAnswers answers) {
        this.app = app;
        this.answers = answers;
    }

    /** Starts serving on {@code host}:{@code port} (0 picks a free port). */
    public static DashboardServer start(DashboardData data, String host, int port) {
        return start(data, host, port, PairAnswers.Limits.defaults());
    }

    static DashboardServer start(DashboardData data, String host, int port, PairAnswers.Limits limits) {
        PairAnswers answers = new PairAnswers(limits);
        ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            // a bounded pool: Javalin's default grows to 250 threads, which under load only adds contention
            QueuedThreadPool pool = new QueuedThreadPool(HTTP_THREADS, 4, 60_000, new BlockingArrayQueue<>(HTTP_QUEUE));
            pool.setName("entente-http");
            config.jetty.threadPool = pool;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.router.ignoreTrailingSlashes = true;
            config.http.prefer405over404 = false;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/org/entente/web/static";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff",
                        "Cache-Control", "no-cache");
            });
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
                ctx.header("Allow", "GET, HEAD");
                throw new HttpResponseException(HttpStatus.METHOD_NOT_ALLOWED.getCode(),
                        "the server is read-only: only GET and HEAD are allowed");
            }
        });
        new ApiRoutes(data, answers, mapper).register(app);
        app.exception(BadParameter.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
                .json(error(400, e.getMessage(), e.parameter(), ctx.path())));
        app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                .json(error(e.getStatus(), e.getMessage(), null, ctx.path())));
        app.exception(Exception.class, (e, ctx) -> ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .json(error(500, "internal error: " + e.getClass().getSimpleName(), null, ctx.path())));
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (!ctx.res().isCommitted() && !"application/json".equals(ctx.res().getContentType())) {
                ctx.json(error(404, "no such route; the API is listed at /api/", null, ctx.path()));
            }
        });
        app.start(host, port);
        return new DashboardServer(app, answers);
    }

    static Map<String, Object> error(int status, String message, String parameter, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("error", message);
        if (parameter != null) {
            m.put("parameter", parameter);
        }
        m.put("path", path);
        return m;
    }

    /** How many /api/pair answers were computed rather than served from the cache; for tests. */
    long pairComputations() {
        return answers.computations();
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        answers.close();
    }
}
