package org.notebake.jbake;

import freemarker.ext.beans.BeansWrapperBuilder;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.DefaultMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * What a template may call on the Java objects it reaches: FreeMarker's default policy (no class
 * loaders, no reflection, no {@code Class.forName}), and no {@code getClass()} either. Through it a
 * template read the jar's path from {@code data.getClass().getProtectionDomain()} into a page, a
 * home folder's name a theme could publish; no JBake template needs a class.
 *
 * <pre>{@code
 * BeansWrapper beans = TemplateAccess.beans(new BeansWrapperBuilder(VERSION)).build();
 * }</pre>
 */
final class TemplateAccess implements MemberAccessPolicy {
  private static final MemberAccessPolicy DEFAULT =
      DefaultMemberAccessPolicy.getInstance(Configuration.VERSION_2_3_34);

  static final TemplateAccess POLICY = new TemplateAccess();

  private TemplateAccess() {}

  /** {@code builder} with this policy. */
  static BeansWrapperBuilder beans(BeansWrapperBuilder builder) {
    builder.setMemberAccessPolicy(POLICY);
    return builder;
  }

  /** {@code builder} with this policy. */
  static DefaultObjectWrapperBuilder objects(DefaultObjectWrapperBuilder builder) {
    builder.setMemberAccessPolicy(POLICY);
    return builder;
  }

  @Override
  public ClassMemberAccessPolicy forClass(Class<?> type) {
    ClassMemberAccessPolicy base = DEFAULT.forClass(type);
    return new ClassMemberAccessPolicy() {
      @Override
      public boolean isMethodExposed(Method method) {
        boolean getClass = method.getName().equals("getClass") && method.getParameterCount() == 0;
        return !getClass && base.isMethodExposed(method);
      }

      @Override
      public boolean isConstructorExposed(Constructor<?> constructor) {
        return base.isConstructorExposed(constructor);
      }

      @Override
      public boolean isFieldExposed(Field field) {
        return base.isFieldExposed(field);
      }
    };
  }

  @Override
  public boolean isToStringAlwaysExposed() {
    return DEFAULT.isToStringAlwaysExposed();
  }
}
