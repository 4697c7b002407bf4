package org.planstudio.ui.domains;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.swt.graphics.Image;

/** A line of the Domains view: its text and icon, what double-clicking it opens, and its children. */
record Row(String text, Optional<Image> image, Optional<Object> target, List<Row> children) {

    Row {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(target, "target");
        children = List.copyOf(children);
    }

    static Row leaf(String text, Optional<Image> image) {
        return new Row(text, image, Optional.empty(), List.of());
    }
}
