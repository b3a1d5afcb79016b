package org.notebake.privacy.files;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentMembershipDictionary;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * A PDF's layers that are off when it opens (optional content groups in {@code /OCProperties /D
 * /OFF}, or all but {@code /ON} under {@code /BaseState /OFF}) are there for anyone to switch on:
 * what they hold is removed, as an SVG's hidden layer is. Removed are the text, paths, shadings,
 * images and forms marked with such a layer in a page's or form's content ({@code /OC /name BDC …
 * EMC}), an image or form that names such a layer as its own {@code /OC} (and its resource entry),
 * and an annotation that does. State operators inside the marked content (a font, a matrix, a clip)
 * are kept, so what follows it is drawn as before; a path is ended without painting ({@code n}).
 *
 * <pre>{@code
 * PdfLayers.removeHidden(doc); // ["Notes"]: the text of layer "Notes" is gone
 * }</pre>
 */
final class PdfLayers {
  private static final Set<String> SHOWS = Set.of("Tj", "TJ", "sh", "BI", "Do");
  private static final Set<String> PAINTS = Set.of("S", "s", "f", "F", "f*", "B", "B*", "b", "b*");

  private final PDOptionalContentProperties layers;
  private final Set<String> removedLayers = new TreeSet<>();
  private final Set<COSStream> visited = Collections.newSetFromMap(new IdentityHashMap<>());

  /** Per XObject dictionary of a resources dictionary: names still drawn, and names dropped. */
  private final Map<COSDictionary, Set<String>> drawn = new IdentityHashMap<>();

  private final Map<COSDictionary, Set<String>> dropped = new IdentityHashMap<>();

  private PdfLayers(PDOptionalContentProperties layers) {
    this.layers = layers;
  }

  /**
   * Removes what the layers that are off hold; returns the names of those that content or an
   * annotation names, sorted. A PDF without such a layer is left exactly as it is.
   */
  static List<String> removeHidden(PDDocument doc) throws IOException {
    PDOptionalContentProperties layers = doc.getDocumentCatalog().getOCProperties();
    if (layers == null
        || layers.getOptionalContentGroups().stream().allMatch(layers::isGroupEnabled)) {
      return List.of();
    }
    PdfLayers removal = new PdfLayers(layers);
    for (PDPage page : doc.getPages()) {
      removal.page(doc, page);
    }
    removal.dropUnusedXObjects();
    return List.copyOf(removal.removedLayers);
  }

  private void page(PDDocument doc, PDPage page) throws IOException {
    PDResources resources = page.getResources();
    List<Object> tokens = rewritten(page, resources);
    if (tokens != null) {
      PDStream contents = new PDStream(doc);
      try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
        new ContentStreamWriter(out).writeTokens(tokens);
      }
      page.setContents(contents);
    }
    List<PDAnnotation> annotations = page.getAnnotations();
    List<PDAnnotation> kept = new ArrayList<>(annotations.size());
    for (PDAnnotation annotation : annotations) {
      if (!hidden(annotation.getCOSObject().getDictionaryObject(COSName.OC), resources)) {
        kept.add(annotation);
      }
    }
    if (kept.size() < annotations.size()) {
      page.setAnnotations(kept);
    }
  }

  /** A content stream's tokens without what hidden layers hold; null when nothing changed. */
  private List<Object> rewritten(PDContentStream stream, PDResources resources) throws IOException {
    List<Object> tokens = new PDFStreamParser(stream).parse();
    List<Object> out = new ArrayList<>(tokens.size());
    List<COSBase> operands = new ArrayList<>();
    Deque<Boolean> marked = new ArrayDeque<>();
    int hiddenDepth = 0;
    boolean changed = false;
    for (Object token : tokens) {
      if (!(token instanceof Operator operator)) {
        if (token instanceof COSBase operand) {
          operands.add(operand);
        }
        continue;
      }
      String name = operator.getName();
      switch (name) {
        case "BMC" -> marked.push(false);
        case "BDC" -> {
          boolean hides =
              operands.size() >= 2
                  && COSName.OC.equals(operands.get(0))
                  && hidden(operands.get(1), resources);
          marked.push(hides);
          hiddenDepth += hides ? 1 : 0;
        }
        case "EMC" -> {
          if (!marked.isEmpty() && marked.pop()) {
            hiddenDepth--;
          }
        }
        default -> {}
      }
      boolean drop = false;
      if (name.equals("Do") && !operands.isEmpty() && operands.get(0) instanceof COSName x) {
        drop = xObject(x, resources, hiddenDepth > 0);
      } else if (hiddenDepth > 0 && SHOWS.contains(name)) {
        drop = true;
      } else if (hiddenDepth > 0 && (name.equals("'") || name.equals("\""))) {
        // the move to the next line stays; the text (and with " its spacing) is set, not shown
        if (name.equals("\"") && operands.size() == 3) {
          out.add(operands.get(0));
          out.add(Operator.getOperator("Tw"));
          out.add(operands.get(1));
          out.add(Operator.getOperator("Tc"));
        }
        out.add(Operator.getOperator("T*"));
        operands.clear();
        changed = true;
        continue;
      } else if (hiddenDepth > 0 && PAINTS.contains(name)) {
        out.addAll(operands);
        out.add(Operator.getOperator("n"));
        operands.clear();
        changed = true;
        continue;
      }
      if (drop) {
        changed = true;
      } else {
        out.addAll(operands);
        out.add(operator);
      }
      operands.clear();
    }
    out.addAll(operands);
    return changed ? out : null;
  }

  /**
   * Whether drawing the XObject {@code name} is dropped: inside a hidden layer's content, or hidden
   * by its own layer. A form drawn has its own content rewritten.
   */
  private boolean xObject(COSName name, PDResources resources, boolean inHiddenContent)
      throws IOException {
    COSDictionary xObjects =
        resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
    if (xObjects == null || !(xObjects.getDictionaryObject(name) instanceof COSStream x)) {
      return inHiddenContent;
    }
    if (inHiddenContent || hidden(x.getDictionaryObject(COSName.OC), resources)) {
      dropped.computeIfAbsent(xObjects, k -> new HashSet<>()).add(name.getName());
      return true;
    }
    drawn.computeIfAbsent(xObjects, k -> new HashSet<>()).add(name.getName());
    if (COSName.FORM.equals(x.getCOSName(COSName.SUBTYPE)) && visited.add(x)) {
      PDFormXObject form = new PDFormXObject(x);
      PDResources own = form.getResources() != null ? form.getResources() : resources;
      List<Object> tokens = rewritten(form, own);
      if (tokens != null) {
        try (OutputStream out = x.createOutputStream(COSName.FLATE_DECODE)) {
          new ContentStreamWriter(out).writeTokens(tokens);
        }
      }
    }
    return false;
  }

  /**
   * An XObject whose drawing was dropped and that the same resources draw nowhere else leaves them,
   * and so the file (unless something else names it).
   */
  private void dropUnusedXObjects() {
    for (Map.Entry<COSDictionary, Set<String>> entry : dropped.entrySet()) {
      Set<String> used = drawn.getOrDefault(entry.getKey(), Set.of());
      for (String name : entry.getValue()) {
        if (!used.contains(name)) {
          entry.getKey().removeItem(COSName.getPDFName(name));
        }
      }
    }
  }

  /**
   * Whether the optional content {@code oc} (a group, a membership dictionary, or a name of one in
   * {@code resources}' properties) is off; a layer found off is remembered by its name.
   */
  private boolean hidden(COSBase oc, PDResources resources) {
    PDPropertyList list = null;
    if (oc instanceof COSName name && resources != null) {
      list = resources.getProperties(name);
    } else if (oc instanceof COSDictionary dictionary) {
      list = PDPropertyList.create(dictionary);
    }
    if (list instanceof PDOptionalContentGroup group) {
      return off(group);
    }
    if (list instanceof PDOptionalContentMembershipDictionary membership) {
      List<Boolean> on = new ArrayList<>();
      Map<Boolean, List<PDOptionalContentGroup>> byState = new HashMap<>();
      for (PDPropertyList member : membership.getOCGs()) {
        if (member instanceof PDOptionalContentGroup group) {
          boolean state = layers.isGroupEnabled(group);
          on.add(state);
          byState.computeIfAbsent(state, k -> new ArrayList<>()).add(group);
        }
      }
      if (on.isEmpty()) {
        return false;
      }
      COSName policy = membership.getVisibilityPolicy();
      boolean visible =
          switch (policy == null ? "AnyOn" : policy.getName()) {
            case "AllOn" -> !on.contains(false);
            case "AnyOff" -> on.contains(false);
            case "AllOff" -> !on.contains(true);
            default -> on.contains(true);
          };
      if (!visible) {
        byState.getOrDefault(false, List.of()).forEach(this::off);
      }
      return !visible;
    }
    return false;
  }

  private boolean off(PDOptionalContentGroup group) {
    if (layers.isGroupEnabled(group)) {
      return false;
    }
    String name = group.getName();
    removedLayers.add(name == null || name.isBlank() ? "(unnamed)" : name);
    return true;
  }
}
