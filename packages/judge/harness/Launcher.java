// The Java launcher: a JVM started before the submission it runs (the warm path). It waits for
// its go-ahead line on stdin, then loads the program javac left in the box and runs its Main,
// which reads the rest of stdin. In a package of its own, so that no class of the candidate's
// (all in the default package) can be named like it.
package onsite;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

public final class Launcher {
  public static void main(String[] args) throws Throwable {
    // One byte at a time up to the newline; System.in buffers what follows for the harness.
    InputStream in = System.in;
    for (int b = in.read(); b != '\n'; b = in.read()) if (b < 0) return;
    URL classes = Path.of(args[0]).toUri().toURL();
    URLClassLoader loader = new URLClassLoader(new URL[] {classes}, Launcher.class.getClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    try {
      loader.loadClass("Main").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      throw e.getCause(); // reported as the program's own uncaught exception
    }
  }
}
