package org.plangraph.cli;

import org.plangraph.pipeline.LoaderVersion;
import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"plangraph " + LoaderVersion.get()};
    }
}
