package org.plangraph.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.util.Context;

/**
 * When a query must stop: when ARQ raises its cancel signal (the timeout alarm, or an abort), or
 * when its overall time limit has passed since the query was planned. The second matters because
 * ARQ folds constant expressions while planning, before its alarm is set.
 */
final class QueryDeadline {
    private final AtomicBoolean cancelSignal;
    private final long deadlineNanos;

    private QueryDeadline(AtomicBoolean cancelSignal, long deadlineNanos) {
        this.cancelSignal = cancelSignal;
        this.deadlineNanos = deadlineNanos;
    }

    /** The deadline of the execution whose context this is, counted from now. */
    static QueryDeadline of(Context context) {
        Timeouts.Timeout timeout = Timeouts.extractQueryTimeout(context);
        long deadline = timeout.hasOverallTimeout() ? System.nanoTime() + timeout.overallTimeoutMillis() * 1_000_000 : Long.MAX_VALUE;
        return new QueryDeadline(Context.getCancelSignal(context), deadline);
    }

    boolean passed() {
        return cancelSignal != null && cancelSignal.get() || deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0;
    }

    /** Throws what ARQ throws for a query stopped by its timeout, so that Fuseki answers 503. */
    void check() {
        if (passed()) {
            throw new QueryCancelledException();
        }
    }
}
