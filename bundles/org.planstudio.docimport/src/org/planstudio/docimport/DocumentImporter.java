package org.planstudio.docimport;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.planstudio.docimport.DocumentImportException.Reason;
import org.planstudio.docimport.internal.DocumentFiles;
import org.planstudio.docimport.internal.OutlineBuilder;
import org.planstudio.docimport.internal.PlanAssembler;
import org.planstudio.docimport.internal.PlanMapper;
import org.planstudio.model.plan.Plan;

/**
 * Import of a Chinese policy document (Word .docx or plain text) in three steps, each usable on
 * its own: read the paragraphs, recognise the outline, map it to plan elements. Nothing is
 * created until {@link #build} is called with the (possibly edited) mapping. UI-free; safe to
 * call from any thread, one call per file.
 */
public final class DocumentImporter {

    private DocumentImporter() {
    }

    /** Step 1: the file's paragraphs, accepted text only, without the table of contents. */
    public static List<SourceParagraph> read(Path file) throws DocumentImportException {
        Objects.requireNonNull(file, "file");
        List<SourceParagraph> paragraphs = DocumentFiles.read(file);
        if (paragraphs.isEmpty()) {
            throw new DocumentImportException(Reason.EMPTY, file.getFileName().toString(), "", null);
        }
        return paragraphs;
    }

    /** Step 2: headings and their body text. */
    public static DocumentOutline outline(List<SourceParagraph> paragraphs) {
        return OutlineBuilder.build(Objects.requireNonNull(paragraphs, "paragraphs"));
    }

    /** Steps 1 to 3 for a file: what the import would create, for the preview. */
    public static ImportMapping map(Path file) throws DocumentImportException {
        DocumentOutline outline = outline(read(file));
        if (outline.roots().isEmpty()) {
            throw new DocumentImportException(Reason.NO_OUTLINE, file.getFileName().toString(), "", null);
        }
        return map(outline);
    }

    /** Step 3: the parts of a plan found in the outline. */
    public static ImportMapping map(DocumentOutline outline) {
        return PlanMapper.map(Objects.requireNonNull(outline, "outline"));
    }

    /** The confirmed mapping as a new plan with the given id; every element gets a new id. */
    public static Plan build(ImportMapping mapping, String planId) {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(planId, "planId");
        if (planId.isBlank()) {
            throw new IllegalArgumentException("blank plan id");
        }
        return PlanAssembler.build(mapping, planId);
    }
}
