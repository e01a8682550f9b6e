package io.scimgate.bench.crac;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the CRaC support of Lambda's Java runtime, selected with {@code
 * -Dorg.crac.Core.Compat=io.scimgate.bench.crac}. Like the runtime it holds resources weakly, so a
 * hook nobody else references is lost here as it would be on Lambda. {@link #checkpointRestore()}
 * runs every before-checkpoint hook (last registered first), then every after-restore hook; there
 * is no real snapshot.
 */
public final class Core {
  private static final Global GLOBAL = new Global();

  private Core() {}

  public static Context<Resource> getGlobalContext() {
    return GLOBAL;
  }

  public static void checkpointRestore() throws CheckpointException, RestoreException {
    try {
      GLOBAL.beforeCheckpoint(null);
    } catch (Exception e) {
      CheckpointException failure = new CheckpointException();
      failure.addSuppressed(e);
      throw failure;
    }
    try {
      GLOBAL.afterRestore(null);
    } catch (Exception e) {
      RestoreException failure = new RestoreException();
      failure.addSuppressed(e);
      throw failure;
    }
  }

  /** How many registered resources are still reachable (the runner reports it). */
  public static int liveResources() {
    return GLOBAL.live().size();
  }

  private static final class Global extends Context<Resource> {
    private final List<WeakReference<Resource>> resources = new ArrayList<>();

    @Override
    public synchronized void register(Resource resource) {
      resources.add(new WeakReference<>(resource));
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) throws Exception {
      List<Resource> live = live();
      for (int i = live.size() - 1; i >= 0; i--) {
        live.get(i).beforeCheckpoint(this);
      }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) throws Exception {
      for (Resource resource : live()) {
        resource.afterRestore(this);
      }
    }

    synchronized List<Resource> live() {
      List<Resource> out = new ArrayList<>();
      for (WeakReference<Resource> ref : resources) {
        Resource resource = ref.get();
        if (resource != null) {
          out.add(resource);
        }
      }
      return out;
    }
  }
}
