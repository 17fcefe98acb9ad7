package org.plangraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.plangraph.cli.Main;

/** `serve --allow-update` never starts an anonymous update endpoint. */
class ServeCommandNeedsCredentialsForUpdateTest {
    @Test
    void allowUpdateWithoutCredentialsDoesNotStart() {
        // Only when the environment holds none; a developer's shell might set it.
        if (UpdateCredentials.fromEnvironment() == null) {
            assertEquals(2, Main.execute("serve", "--allow-update", "--port", "0"));
        }
    }

    @Test
    void credentialsNeedAUserAndAPassword() {
        assertThrows(IllegalArgumentException.class, () -> UpdateCredentials.parse("editor:"));
        assertThrows(IllegalArgumentException.class, () -> UpdateCredentials.parse("no-colon"));
        assertEquals("pa:ss", UpdateCredentials.parse("editor:pa:ss").password());
    }
}
