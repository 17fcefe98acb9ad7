package org.plangraph.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/** Finds the parts of a request that would make the server fetch a URL: SERVICE and LOAD. */
final class RemoteAccess {
    private RemoteAccess() {
    }

    static boolean namesService(Query query) {
        return hasService(Algebra.compile(query));
    }

    /** The first operation of the request that fetches from elsewhere, or null. */
    static String fetchingOperation(UpdateRequest request) {
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad) {
                return "LOAD";
            }
            if (u instanceof UpdateModify with && with.getWherePattern() != null
                    && hasService(Algebra.compile(with.getWherePattern()))) {
                return "SERVICE";
            }
        }
        return null;
    }

    /**
     * Walks the expressions as well as the patterns: a SERVICE inside FILTER EXISTS / NOT EXISTS (or
     * any other expression holding a graph pattern) sits in an expression, out of a pattern walker's
     * reach, and would otherwise run once per row.
     */
    private static boolean hasService(Op op) {
        AtomicBoolean found = new AtomicBoolean();
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                found.set(true);
            }
        }, new ExprVisitorBase());
        return found.get();
    }
}
