package org.plangraph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/** Counts per cell (data set and dimension values) of the summary's data sets, which add and subtract. */
final class SummaryTally {
    /** One observation's place: its data set and its dimension values, in the data set's order. */
    record Cell(SummaryCube cube, List<Node> dimensions) {
    }

    private final Map<Cell, long[]> counts = new HashMap<>();

    /** What GRAPH holds, or every graph of the store when GRAPH is null; in the caller's transaction. */
    static SummaryTally of(DatasetGraph dsg, Node graph) {
        SummaryTally tally = new SummaryTally();
        Binding only = graph == null ? BindingFactory.empty() : BindingFactory.binding(Var.alloc("g"), graph);
        for (SummaryCube cube : SummaryCube.values()) {
            RowSet rows = QueryExec.dataset(dsg).query(cube.tally).substitution(only).select();
            while (rows.hasNext()) {
                Binding row = rows.next();
                List<Node> dims = new ArrayList<>(cube.dimensions.size());
                for (int i = 0; i < cube.dimensions.size(); i++) {
                    dims.add(row.get("d" + i));
                }
                long[] values = new long[cube.measures.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = ((Number) row.get("m" + i).getLiteralValue()).longValue();
                }
                tally.add(new Cell(cube, List.copyOf(dims)), values, 1);
            }
        }
        return tally;
    }

    /** Adds OTHER's counts times SIGN (1 to add a graph's contribution, -1 to take it away). */
    void add(SummaryTally other, int sign) {
        other.counts.forEach((cell, values) -> add(cell, values, sign));
    }

    private void add(Cell cell, long[] values, int sign) {
        long[] sum = counts.computeIfAbsent(cell, c -> new long[values.length]);
        for (int i = 0; i < values.length; i++) {
            sum[i] += sign * values[i];
        }
    }

    Map<Cell, long[]> counts() {
        return counts;
    }
}
