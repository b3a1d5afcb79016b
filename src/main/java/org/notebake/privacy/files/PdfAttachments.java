package org.notebake.privacy.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;

/**
 * Files attached to a PDF, which a reader opens with a click, metadata and all: the document's
 * embedded files ({@code /EmbeddedFiles}), a page's file attachment annotations (a paper clip), and
 * any other file specification that carries its file ({@code /EF}: PDF 2's associated files, a
 * portfolio's). They are found by following every object the file keeps, as the writer does, not by
 * where a reader lists them. A text file the scan reads whole ({@code data.csv}) stays, without its
 * dates; every other (a photo with its GPS position, a document with its author) is removed, as are
 * the name and the paper clip that lead to it.
 *
 * <pre>{@code
 * PdfAttachments.removeUnvouched(doc); // ["photo.jpg"]; "data.csv" stays, and is scanned
 * }</pre>
 */
final class PdfAttachments {
  /** Objects followed at most, and name-tree nodes read: a hostile file ends, not the build. */
  private static final int MAX_OBJECTS = 2_000_000;

  private PdfAttachments() {}

  /** Every file specification the file keeps that carries its file, in the order found. */
  static List<PDComplexFileSpecification> all(PDDocument doc) {
    List<PDComplexFileSpecification> specs = new ArrayList<>();
    forEachDictionary(
        doc,
        dictionary -> {
          if (dictionary.getDictionaryObject(COSName.EF) instanceof COSDictionary) {
            specs.add(new PDComplexFileSpecification(dictionary));
          }
        });
    return specs;
  }

  /**
   * Visits every dictionary (and stream) the file keeps, once, following every object from the
   * trailer as the writer does; what {@code visit} removes from a dictionary is not followed.
   */
  static void forEachDictionary(PDDocument doc, Consumer<COSDictionary> visit) {
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> todo = new ArrayDeque<>();
    todo.push(doc.getDocument().getTrailer());
    while (!todo.isEmpty() && seen.size() < MAX_OBJECTS) {
      COSBase item = todo.pop();
      if (item instanceof COSObject reference) {
        item = reference.getObject();
      }
      if (item == null || !seen.add(item)) {
        continue;
      }
      if (item instanceof COSDictionary dictionary) {
        visit.accept(dictionary);
        dictionary.getValues().forEach(todo::push);
      } else if (item instanceof COSArray array) {
        array.forEach(todo::push);
      }
    }
  }

  /** The file's name as a reader shows it. */
  static String name(PDComplexFileSpecification spec) {
    String name = spec.getFilename();
    return name == null || name.isBlank() ? "(unnamed)" : name;
  }

  /** Each file the specification carries ({@code /F}, {@code /UF}: a reader may open either). */
  static List<byte[]> files(PDComplexFileSpecification spec) throws IOException {
    List<byte[]> files = new ArrayList<>(1);
    for (COSStream stream : streams(spec)) {
      try (InputStream in = stream.createInputStream()) {
        files.add(in.readAllBytes());
      }
    }
    return files;
  }

  private static List<COSStream> streams(PDComplexFileSpecification spec) {
    List<COSStream> streams = new ArrayList<>(1);
    COSDictionary carried = spec.getCOSObject().getCOSDictionary(COSName.EF);
    for (COSBase value : carried.getValues()) {
      if ((value instanceof COSObject ref ? ref.getObject() : value) instanceof COSStream stream) {
        streams.add(stream);
      }
    }
    return streams;
  }

  /**
   * Removes every attached file but text the scan reads whole, and the dates ({@code /Params}) of
   * those that stay; returns the names of those removed, in the order found.
   */
  static List<String> removeUnvouched(PDDocument doc) throws IOException {
    Set<COSDictionary> removed = Collections.newSetFromMap(new IdentityHashMap<>());
    List<String> names = new ArrayList<>();
    for (PDComplexFileSpecification spec : all(doc)) {
      if (vouched(spec)) {
        streams(spec).forEach(stream -> stream.removeItem(COSName.PARAMS));
        continue;
      }
      spec.getCOSObject().removeItem(COSName.EF);
      spec.getCOSObject().removeItem(COSName.getPDFName("RF"));
      removed.add(spec.getCOSObject());
      names.add(name(spec));
    }
    if (!removed.isEmpty()) {
      keepNamesOfKeptFiles(doc);
      for (PDPage page : doc.getPages()) {
        List<PDAnnotation> annotations = page.getAnnotations();
        List<PDAnnotation> kept = new ArrayList<>(annotations);
        kept.removeIf(
            a ->
                a instanceof PDAnnotationFileAttachment
                    && a.getCOSObject().getDictionaryObject(COSName.FS) instanceof COSDictionary fs
                    && removed.contains(fs));
        if (kept.size() < annotations.size()) {
          page.setAnnotations(kept);
        }
      }
    }
    return names;
  }

  /** A text file, by its name and its bytes, that the scan reads whole; nothing else. */
  private static boolean vouched(PDComplexFileSpecification spec) {
    String name = name(spec);
    if (!FileText.isTextByName(name)) {
      return false;
    }
    try {
      List<byte[]> files = files(spec);
      for (byte[] file : files) {
        if (FileText.of(name, file).isEmpty()) {
          return false;
        }
      }
      return !files.isEmpty();
    } catch (IOException | FileText.Unreadable | FileText.Refused e) {
      return false;
    }
  }

  /** The document's list of embedded files, without those removed. */
  private static void keepNamesOfKeptFiles(PDDocument doc) throws IOException {
    PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
    PDEmbeddedFilesNameTreeNode root = names == null ? null : names.getEmbeddedFiles();
    if (root == null) {
      return;
    }
    Map<String, PDComplexFileSpecification> kept = new TreeMap<>();
    Deque<PDNameTreeNode<PDComplexFileSpecification>> todo = new ArrayDeque<>(List.of(root));
    for (int seen = 0; !todo.isEmpty() && seen < MAX_OBJECTS; seen++) {
      PDNameTreeNode<PDComplexFileSpecification> node = todo.pop();
      Map<String, PDComplexFileSpecification> files = node.getNames();
      if (files != null) {
        files.forEach(
            (key, spec) -> {
              if (spec != null && spec.getCOSObject().containsKey(COSName.EF)) {
                kept.put(key, spec);
              }
            });
      }
      if (node.getKids() != null) {
        todo.addAll(node.getKids());
      }
    }
    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(kept);
    names.setEmbeddedFiles(kept.isEmpty() ? null : tree);
  }
}
