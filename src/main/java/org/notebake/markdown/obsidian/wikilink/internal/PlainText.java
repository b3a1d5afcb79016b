package org.notebake.markdown.obsidian.wikilink.internal;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The visible text of a link's children, used as the alias of a standard link or image. */
final class PlainText extends AbstractVisitor {

  private final StringBuilder text = new StringBuilder();

  private PlainText() {}

  static String of(Node parent) {
    PlainText visitor = new PlainText();
    visitor.visitChildren(parent);
    return visitor.text.toString();
  }

  @Override
  public void visit(Text node) {
    text.append(node.getLiteral());
  }

  @Override
  public void visit(Code node) {
    text.append(node.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak node) {
    text.append(' ');
  }

  @Override
  public void visit(HardLineBreak node) {
    text.append(' ');
  }
}
