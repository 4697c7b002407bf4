package org.planstudio.ui.compare.view;

import java.util.stream.Collectors;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StyledCellLabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Display;
import org.planstudio.compare.ChangeKind;
import org.planstudio.compare.ElementChange;
import org.planstudio.compare.MarkedText;
import org.planstudio.compare.Segment;
import org.planstudio.ui.compare.internal.CompareMessages;
import org.planstudio.ui.compare.view.ChangeNodes.FieldNode;

/**
 * The columns of the compare tree. Before and after are marked as in the printed 修改前后对照表:
 * deleted text struck through in red, inserted text underlined in bold.
 */
final class ChangeLabels extends StyledCellLabelProvider {

    enum Column {
        ELEMENT, CHANGE, FIELD, BEFORE, AFTER
    }

    private static final int MAX_CHARS = 400;

    private final Column column;
    private final StyledString.Styler deleted;
    private final StyledString.Styler inserted;

    ChangeLabels(Column column, Display display) {
        this.column = column;
        Color red = new Color(display, 0xC0, 0, 0);
        this.deleted = new StyledString.Styler() {
            @Override
            public void applyStyles(TextStyle style) {
                style.strikeout = true;
                style.foreground = red;
            }
        };
        this.inserted = new StyledString.Styler() {
            @Override
            public void applyStyles(TextStyle style) {
                style.underline = true;
                style.underlineStyle = SWT.UNDERLINE_SINGLE;
                style.font = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
            }
        };
    }

    @Override
    public void update(ViewerCell cell) {
        StyledString text = text(cell.getElement());
        cell.setText(text.getString());
        cell.setStyleRanges(text.getStyleRanges());
        super.update(cell);
    }

    StyledString text(Object node) {
        if (node instanceof ElementChange element) {
            return switch (column) {
            case ELEMENT -> new StyledString(element.label());
            case CHANGE -> new StyledString(kinds(element));
            case FIELD -> new StyledString(element.context());
            default -> new StyledString();
            };
        }
        FieldNode field = (FieldNode) node;
        return switch (column) {
        case FIELD -> new StyledString(field.field().field());
        case BEFORE -> marked(field.field().before());
        case AFTER -> marked(field.field().after());
        default -> new StyledString();
        };
    }

    static String kinds(ElementChange element) {
        return element.kinds().stream().sorted().map(ChangeLabels::kind).collect(Collectors.joining(", "));
    }

    static String kind(ChangeKind kind) {
        return switch (kind) {
        case ADDED -> CompareMessages.kindAdded;
        case REMOVED -> CompareMessages.kindRemoved;
        case MOVED -> CompareMessages.kindMoved;
        case CHANGED -> CompareMessages.kindChanged;
        };
    }

    /** One line per cell: line breaks shown as ⏎, very long texts cut (the report has them whole). */
    private StyledString marked(MarkedText text) {
        StyledString out = new StyledString();
        for (Segment segment : text.segments()) {
            if (out.length() >= MAX_CHARS) {
                out.append("\u2026");
                break;
            }
            String piece = segment.text().replace('\n', '\u23ce');
            switch (segment.mark()) {
            case SAME -> out.append(piece);
            case DELETED -> out.append(piece, deleted);
            case INSERTED -> out.append(piece, inserted);
            }
        }
        return out;
    }
}
