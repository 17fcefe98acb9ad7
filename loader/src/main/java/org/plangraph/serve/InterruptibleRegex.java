package org.plangraph.serve;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * SPARQL {@code REGEX} (and {@code fn:matches}) as ARQ evaluates it, over a text that stops the
 * match when the query's deadline passes. Still an {@link E_Regex}, so that it prints and is
 * recognised as one.
 */
final class InterruptibleRegex extends E_Regex {
    private final QueryDeadline deadline;
    /** Compiled once when the pattern and flags are constants, as E_Regex does. */
    private final Pattern constantPattern;

    InterruptibleRegex(Expr text, Expr pattern, Expr flags, QueryDeadline deadline) {
        super(text, pattern, flags);
        this.deadline = deadline;
        boolean constant = pattern.isConstant() && pattern.getConstant().isString()
                && (flags == null || flags.isConstant() && flags.getConstant().isString());
        this.constantPattern = constant ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern pattern = constantPattern != null ? constantPattern : compile(args.get(1), args.size() == 3 ? args.get(2) : null);
        return NodeValue.booleanReturn(pattern.matcher(new CancellableText(text, deadline)).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new InterruptibleRegex(newArgs.get(0), newArgs.get(1), newArgs.size() == 3 ? newArgs.get(2) : null, deadline);
    }

    static Pattern compile(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString()) {
            throw new ExprEvalException("REGEX: pattern is not a string: " + pattern);
        }
        if (flags != null && !flags.isString()) {
            throw new ExprEvalException("REGEX: flags are not a string: " + flags);
        }
        return RegexEngine.makePattern("regex", pattern.getString(), flags == null ? null : flags.getString());
    }
}
