package org.plangraph.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's query operation with the public endpoint's rules: a query that names a remote service is
 * refused before it runs (the server never fetches a URL a client names), and a client without
 * credentials gets at most {@code maxRows} rows.
 */
final class QueryGuard extends SPARQL_QueryDataset {
    static final String ROW_LIMIT_HEADER = "X-Plangraph-Row-Limit";
    private final int maxRows;

    QueryGuard(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (RemoteAccess.namesService(query)) {
            ServletOps.errorBadRequest("SERVICE (federated query) is not allowed on this endpoint");
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
        Query q = decided.getRight();
        if (maxRows <= 0 || q.isAskType() || action.getUser() != null) {
            return decided;
        }
        if (!q.hasLimit() || q.getLimit() > maxRows) {
            Query capped = q.cloneQuery();
            capped.setLimit(maxRows);
            action.getResponse().setHeader(ROW_LIMIT_HEADER, Integer.toString(maxRows));
            return Pair.create(decided.getLeft(), capped);
        }
        return decided;
    }
}
