package vn.plandesk.logic.importer.reading;

import java.util.ArrayList;
import java.util.List;

/** A line of the body in the outline its markers make: sections, numbered steps, points, dashes, paragraphs. */
final class Node {
    final Line line;
    final Markers marker;
    final List<Node> children = new ArrayList<>();
    /** Lead, support and time given by label lines about this item ({@link Labels}), or null. */
    Labels.Values labels;

    Node(Line line) {
        this(line, line == null ? new Markers(Markers.Kind.ROMAN, null, 0, "") : Markers.of(line.text()));
    }

    private Node(Line line, Markers marker) {
        this.line = line;
        this.marker = marker;
    }

    /** The same item with only the end of its text ("Nhiệm vụ: Rà soát ..." read as "Rà soát ..."). */
    Node withText(String rest) {
        Node node = new Node(line, new Markers(marker.kind() == Markers.Kind.NONE ? Markers.Kind.DASH : marker.kind(),
                marker.label(), marker.depth(), rest));
        node.children.addAll(children);
        return node;
    }

    /** A paragraph read as a list item: the task that label lines after it describe. */
    Node asItem() {
        return withText(text());
    }

    /** Where {@link #text()} starts in the line's text. */
    int textOffset() {
        return line == null ? 0 : Math.max(0, line.text().length() - text().length());
    }

    /** The text after the marker. */
    String text() {
        return marker.rest();
    }

    boolean isItem() {
        return marker.kind() != Markers.Kind.NONE;
    }

    List<Node> items() {
        return children.stream().filter(Node::isItem).toList();
    }

    List<Node> paragraphs() {
        return children.stream().filter(n -> !n.isItem()).toList();
    }

    /** Builds the outline of body lines: each marked line goes under the nearest shallower one. */
    static Node outline(List<Line> lines) {
        Node root = new Node(null);
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        for (Line line : lines) {
            Node node = new Node(line);
            if (!node.isItem()) {
                Node parent = stack.get(stack.size() - 1);
                if (parent.marker.kind() == Markers.Kind.DASH || parent.marker.kind() == Markers.Kind.PLUS) {
                    parent = stack.size() > 1 ? stack.get(stack.size() - 2) : root;
                }
                parent.children.add(node);
                continue;
            }
            while (stack.size() > 1 && stack.get(stack.size() - 1).marker.depth() >= node.marker.depth()) {
                stack.remove(stack.size() - 1);
            }
            stack.get(stack.size() - 1).children.add(node);
            stack.add(node);
        }
        return root;
    }
}
