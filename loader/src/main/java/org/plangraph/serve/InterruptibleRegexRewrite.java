package org.plangraph.serve;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * ARQ's optimizer, run after putting {@link InterruptibleRegex} and {@link InterruptibleReplace} in
 * place of every REGEX, REPLACE, fn:matches and fn:replace of the query (EXISTS patterns included),
 * so that one catastrophic pattern cannot outlive the query timeout. It is ARQ's hook for rewriting
 * a query before it runs ({@link ARQConstants#sysOptimizerFactory}); the swap comes before the
 * optimizer because the optimizer already evaluates constant expressions.
 */
final class InterruptibleRegexRewrite implements RewriteFactory {
    private static final String FN_MATCHES = ARQConstants.fnPrefix + "matches";
    private static final String FN_REPLACE = ARQConstants.fnPrefix + "replace";

    private final RewriteFactory optimizer = Optimize.getFactory();

    /** Makes every query and update run with {@code context} use it. */
    static void install(Context context) {
        context.set(ARQConstants.sysOptimizerFactory, new InterruptibleRegexRewrite());
    }

    @Override
    public Rewrite create(Context context) {
        Rewrite optimize = optimizer.create(context);
        QueryDeadline deadline = QueryDeadline.of(context);
        return op -> optimize.rewrite(swap(op, deadline));
    }

    static Op swap(Op op, QueryDeadline deadline) {
        return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                Expr interruptible = interruptible(func, args, deadline);
                return interruptible != null ? interruptible : super.transform(func, args);
            }
        }, op);
    }

    private static Expr interruptible(ExprFunctionN func, ExprList args, QueryDeadline deadline) {
        if (func instanceof InterruptibleRegex || func instanceof InterruptibleReplace) {
            return null;
        }
        String iri = func instanceof E_Function call ? call.getFunctionIRI() : null;
        int n = args.size();
        if ((func instanceof E_Regex || FN_MATCHES.equals(iri)) && (n == 2 || n == 3)) {
            return new InterruptibleRegex(args.get(0), args.get(1), n == 3 ? args.get(2) : null, deadline);
        }
        if ((func instanceof E_StrReplace || FN_REPLACE.equals(iri)) && (n == 3 || n == 4)) {
            return new InterruptibleReplace(args.get(0), args.get(1), args.get(2), n == 4 ? args.get(3) : null, deadline);
        }
        return null;
    }
}
