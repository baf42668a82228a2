package vn.plandesk.logic.importer.reading;

import java.util.ArrayList;
import java.util.List;

/** A line of the body in the outline its markers make: sections, numbered steps, points, dashes, paragraphs. */
final class Node {
    final Line line;
    final Markers marker;
    final List<Node> children = new ArrayList<>();

    Node(Line line) {
        this.line = line;
        this.marker = line == null ? new Markers(Markers.Kind.ROMAN, null, 0, "") : Markers.of(line.text());
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
