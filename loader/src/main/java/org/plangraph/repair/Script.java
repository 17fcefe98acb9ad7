package org.plangraph.repair;

/** The Chinese script a source is printed in. */
public enum Script {
    SIMPLIFIED, TRADITIONAL;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
