package org.planstudio.docimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import will create, before anything is created: the facts of the document's head and
 * the tree of parts found, each with the element kind it becomes. Staff edit it in the preview;
 * {@link DocumentImporter#build} turns it into a plan.
 */
public final class ImportMapping {

    private String title = "";
    private String shortTitle = "";
    private String documentNumber = "";
    private final List<String> issuers = new ArrayList<>();
    private LocalDate date;
    private Integer startYear;
    private Integer endYear;
    private final List<MappedPart> parts = new ArrayList<>();
    private final DocumentOutline outline;

    public ImportMapping(DocumentOutline outline) {
        this.outline = Objects.requireNonNull(outline, "outline");
    }

    public DocumentOutline outline() {
        return outline;
    }

    public String title() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    public String shortTitle() {
        return shortTitle;
    }

    public void setShortTitle(String shortTitle) {
        this.shortTitle = Objects.requireNonNull(shortTitle, "shortTitle");
    }

    /** 文号 such as 京科发〔2024〕279号; empty when the document gives none. */
    public String documentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = Objects.requireNonNull(documentNumber, "documentNumber");
    }

    /** Issuing bodies as the document names them (市科委, 中关村管委会). */
    public List<String> issuers() {
        return Collections.unmodifiableList(issuers);
    }

    public void setIssuers(List<String> names) {
        issuers.clear();
        issuers.addAll(names);
    }

    /** The document's date (成文日期), when it has one; it becomes the plan's issue date. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Optional<Integer> startYear() {
        return Optional.ofNullable(startYear);
    }

    public Optional<Integer> endYear() {
        return Optional.ofNullable(endYear);
    }

    public void setYears(Integer start, Integer end) {
        this.startYear = start;
        this.endYear = end;
    }

    public List<MappedPart> parts() {
        return Collections.unmodifiableList(parts);
    }

    public MappedPart add(MappedPart part) {
        parts.add(Objects.requireNonNull(part, "part"));
        return part;
    }

    /** Every part of the kind, in document order, however deep, except under a part left out. */
    public List<MappedPart> all(PartKind kind) {
        Objects.requireNonNull(kind, "kind");
        List<MappedPart> found = new ArrayList<>();
        collect(parts, kind, found);
        return found;
    }

    private static void collect(List<MappedPart> from, PartKind kind, List<MappedPart> found) {
        for (MappedPart part : from) {
            if (part.kind() == kind) {
                found.add(part);
            }
            if (part.kind() != PartKind.IGNORED) {
                collect(part.children(), kind, found);
            }
        }
    }

    /** The part's parent, or empty for a top-level part. */
    public Optional<MappedPart> parentOf(MappedPart child) {
        return parentOf(null, parts, child);
    }

    private static Optional<MappedPart> parentOf(MappedPart parent, List<MappedPart> from, MappedPart child) {
        for (MappedPart part : from) {
            if (part == child) {
                return Optional.ofNullable(parent);
            }
            Optional<MappedPart> found = parentOf(part, part.children(), child);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * The area a task will be built into: the one set on it, else the nearest task-area heading
     * above it, else none (the builder then uses the first area).
     */
    public Optional<MappedPart> areaOf(MappedPart task) {
        if (task.area().isPresent() && task.area().get().kind() == PartKind.TASK_AREA) {
            return task.area();
        }
        for (Optional<MappedPart> up = parentOf(task); up.isPresent(); up = parentOf(up.get())) {
            if (up.get().kind() == PartKind.TASK_AREA) {
                return up;
            }
        }
        return Optional.empty();
    }
}
