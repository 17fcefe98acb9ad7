package org.plangraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The JSON the server's own endpoints answer with, errors included. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static void error(HttpServletResponse response, int status, String message) throws IOException {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("status", status);
        body.put("error", message);
        write(response, status, body);
    }

    static void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        MAPPER.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), body);
    }
}
