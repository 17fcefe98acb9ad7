package org.plangraph.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * SPARQL {@code REPLACE} (and {@code fn:replace}) as ARQ 5.6 evaluates it (XSDFuncOp.strReplace:
 * empty matches are skipped, the literal keeps its language or datatype), over a text that stops
 * the match when the query's deadline passes.
 */
final class InterruptibleReplace extends E_StrReplace {
    private final QueryDeadline deadline;

    InterruptibleReplace(Expr text, Expr pattern, Expr replacement, Expr flags, QueryDeadline deadline) {
        super(text, pattern, replacement, flags);
        this.deadline = deadline;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        Node literal = NodeValueOps.checkAndGetStringLiteral("replace", args.get(0));
        String text = literal.getLiteralLexicalForm();
        String pattern = NodeValueOps.checkAndGetStringLiteral("replace", args.get(1)).getLiteralLexicalForm();
        String replacement = NodeValueOps.checkAndGetStringLiteral("replace", args.get(2)).getLiteralLexicalForm();
        String flags = args.size() == 4 ? NodeValueOps.checkAndGetStringLiteral("replace", args.get(3)).getLiteralLexicalForm() : null;
        Pattern compiled = RegexEngine.makePattern("replace", pattern, flags);
        String replaced = replaceAll(compiled.matcher(new CancellableText(text, deadline)), replacement);
        if (replaced == null || replaced.equals(text)) {
            return args.get(0);
        }
        return NodeValue.makeNode(NodeFactory.createLiteral(replaced, literal.getLiteralLanguage(), literal.getLiteralDatatype()));
    }

    /** Null when nothing matched. */
    private static String replaceAll(Matcher matcher, String replacement) {
        try {
            StringBuilder out = null;
            while (matcher.find()) {
                if (out == null) {
                    out = new StringBuilder();
                } else if (matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(out, replacement);
            }
            return out == null ? null : matcher.appendTail(out).toString();
        } catch (IndexOutOfBoundsException e) {
            throw new ExprEvalException("IndexOutOfBounds", e);
        }
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new InterruptibleReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() == 4 ? newArgs.get(3) : null,
                deadline);
    }
}
