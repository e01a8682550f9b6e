package io.scimgate.local;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.scimgate.app.Components;
import io.scimgate.deploy.TemplateFile.Route;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The handler classes that {@code template.yaml} names, built the way the local runner serves them:
 * one instance per class, through its public {@code (Components)} constructor.
 */
public final class FunctionHandlers {
  private FunctionHandlers() {}

  /**
   * The {@code (Components)} constructor of a handler class; throws {@link IllegalStateException}
   * naming what is wrong when the class is missing, is no {@link RequestStreamHandler}, or lacks
   * that constructor.
   */
  public static Constructor<? extends RequestStreamHandler> constructorOf(String className) {
    Class<?> type;
    try {
      type = Class.forName(className);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("handler class " + className + " is not on the classpath", e);
    }
    if (!RequestStreamHandler.class.isAssignableFrom(type)) {
      throw new IllegalStateException(className + " does not implement RequestStreamHandler");
    }
    try {
      return type.asSubclass(RequestStreamHandler.class).getConstructor(Components.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(className + " has no public (Components) constructor", e);
    }
  }

  /** One handler per distinct class among the routes, keyed by class name. */
  static Map<String, RequestStreamHandler> instantiate(List<Route> routes, Components components) {
    Map<String, RequestStreamHandler> handlers = new HashMap<>();
    for (Route route : routes) {
      if (!handlers.containsKey(route.handlerClass())) {
        handlers.put(route.handlerClass(), create(route.handlerClass(), components));
      }
    }
    return handlers;
  }

  private static RequestStreamHandler create(String className, Components components) {
    try {
      return constructorOf(className).newInstance(components);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(className + " failed to initialise", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot instantiate " + className, e);
    }
  }
}
