package org.plangraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's update operation (only present with {@code serve --allow-update}, behind a password)
 * without the operations that make the server fetch a URL: LOAD, and SERVICE inside a WHERE.
 */
final class UpdateGuard extends SPARQL_Update {
    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            UpdateRequest request = UpdateFactory.create(new String(body, java.nio.charset.StandardCharsets.UTF_8));
            String refused = RemoteAccess.fetchingOperation(request);
            if (refused != null) {
                ServletOps.errorBadRequest(refused + " is not allowed on this endpoint: the server fetches no URL a client names");
            }
        } catch (QueryParseException e) {
            // Fuseki's own handling reports the syntax error in its usual form.
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
