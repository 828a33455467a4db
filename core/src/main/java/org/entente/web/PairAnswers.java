package org.entente.web;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The answers of {@code /api/pair}, each computed once per pair, span and state of the store, and
 * kept until the store changes. Caffeine gives what a hand-written map would get wrong under load:
 * one computation for many identical concurrent requests (single-flight), a bound on the bytes
 * kept (the weight of each answer is its JSON), and failed computations that are not kept.
 *
 * <p>Computations run on a small pool with a bounded queue (the store is read one computation at a
 * time anyway, see {@link DashboardData}); a full queue is answered at once ({@link Busy}), and a
 * computation not done within the timeout is abandoned: its waiters get a {@link TimeoutException},
 * a computation still queued never starts, and a running one is interrupted.
 */
final class PairAnswers implements AutoCloseable {

    /** How much the server takes on: the per-request timeout, the pool, its queue and the cache's bytes. */
    record Limits(Duration timeout, int workers, int queue, long cacheBytes) {
        static Limits defaults() {
            return new Limits(Duration.ofSeconds(10), 1, 64, 32L << 20);
        }
    }

    /** One answer: the pair (as asked, a before b), the span and the store it was read from. */
    record Key(int a, int b, int from, int to, DashboardData.StoreStamp store) {}

    /**
     * What /api/pair answers, as it is sent: 200 with the pair, or 400 for a span no loaded data
     * covers (known only once the store is read, and as lasting as the store's state, so kept too).
     */
    record Answer(int status, byte[] json) {}

    /** The queue of computations is full. */
    static final class Busy extends RuntimeException {
        Busy(String message) {
            super(message);
        }
    }

    private final Limits limits;
    private final ThreadPoolExecutor workers;
    private final AsyncCache<Key, Answer> cache;
    private final AtomicLong computations = new AtomicLong();
    private volatile DashboardData.StoreStamp store;

    PairAnswers(Limits limits) {
        this.limits = limits;
        this.workers = new ThreadPoolExecutor(limits.workers(), limits.workers(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(limits.queue()), r -> {
                    Thread t = new Thread(r, "entente-pair");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.cache = Caffeine.newBuilder()
                .maximumWeight(limits.cacheBytes())
                .weigher((Key k, Answer v) -> v.json().length + 64)
                .buildAsync();
    }

    Limits limits() {
        return limits;
    }

    /** The answer for {@code key}, computed by {@code compute} unless kept or being computed already. */
    CompletableFuture<Answer> get(Key key, Supplier<Answer> compute) {
        DashboardData.StoreStamp now = key.store();
        if (!now.equals(store)) {
            // the store changed: answers kept for its earlier states can never be asked for again (the
            // key holds the state), so drop them; only those, as concurrent requests may have begun
            // computing for the new state already
            store = now;
            cache.asMap().keySet().removeIf(k -> !k.store().equals(now));
        }
        return cache.get(key, (k, executor) -> submit(compute));
    }

    private CompletableFuture<Answer> submit(Supplier<Answer> compute) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        Future<?> task;
        try {
            task = workers.submit(() -> {
                if (answer.isDone()) {
                    return; // abandoned while queued
                }
                computations.incrementAndGet();
                try {
                    answer.complete(compute.get());
                } catch (Throwable t) {
                    answer.completeExceptionally(t);
                }
            });
        } catch (RejectedExecutionException e) {
            answer.completeExceptionally(new Busy("the server is busy: " + limits.queue()
                    + " answers are waiting to be computed; try again shortly"));
            return answer;
        }
        answer.orTimeout(limits.timeout().toMillis(), TimeUnit.MILLISECONDS).whenComplete((v, t) -> {
            if (t instanceof TimeoutException) {
                task.cancel(true);
            }
        });
        return answer;
    }

    /** How many answers were computed (not served from the cache) since the start; for tests. */
    long computations() {
        return computations.get();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
