package org.notebake.jbake;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.BeansWrapperBuilder;
import freemarker.ext.beans.MapModel;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.notebake.html.RelativeUrls;
import org.notebake.links.Hrefs;

/**
 * Other documents' bodies as one page prints them. A body's relative URLs are written for its own
 * page ({@code blog/2020/p.html} has {@code ../../img/a.png}); the index, a tag page or a feed that
 * prints it ({@code <#list posts as post>${post.body}</#list>}) gets them rebased to itself ({@code
 * img/a.png}). Only a body a template reads is rewritten, once a render, and none on a page in the
 * same folder as the document. One per render.
 */
final class PageBodies {
  private final String page;
  private final Map<DocumentModel, String> rebased = new IdentityHashMap<>();

  /**
   * @param page the site path of the page being rendered
   */
  PageBodies(String page) {
    this.page = page;
  }

  /** Whether {@code doc}'s body reads differently on this page: its page is in another folder. */
  boolean moves(DocumentModel doc) {
    String uri = doc.getUri();
    return uri != null && doc.getBody() != null && !Hrefs.sameFolder(uri, page);
  }

  /** {@code doc}'s body with its relative URLs rebased to this page; call when {@link #moves}. */
  TemplateModel body(DocumentModel doc) {
    return new SimpleScalar(
        rebased.computeIfAbsent(doc, d -> RelativeUrls.rebase(d.getBody(), d.getUri(), page)));
  }

  /**
   * What {@code db}'s plain Java objects are wrapped in, as JBake wraps them ({@code
   * ${db.getPublishedPostsByTag(t).size()}}), with each document's {@code body} rebased to this
   * page.
   */
  BeansWrapper beans() {
    return new DocumentBeans(this);
  }

  private static final class DocumentBeans extends BeansWrapper {
    private final PageBodies bodies;

    DocumentBeans(PageBodies bodies) {
      super(TemplateAccess.beans(new BeansWrapperBuilder(Configuration.VERSION_2_3_34)), true);
      this.bodies = bodies;
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
      if (obj instanceof DocumentModel doc && bodies.moves(doc)) {
        return new MapModel(doc, this) {
          @Override
          public TemplateModel get(String key) throws TemplateModelException {
            return key.equals(ModelAttributes.BODY) ? bodies.body(doc) : super.get(key);
          }
        };
      }
      return super.wrap(obj);
    }
  }
}
