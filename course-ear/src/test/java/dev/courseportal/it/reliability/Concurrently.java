package dev.courseportal.it.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs tasks at the very same moment, the way many tabs or many editors would. */
final class Concurrently {

    private Concurrently() {
    }

    /** Starts every task at once on {@code threads} threads; a task that throws becomes its error text. */
    static List<String> run(List<Callable<String>> tasks, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (Callable<String> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> future : futures) {
                try {
                    outcomes.add(future.get());
                } catch (ExecutionException e) {
                    outcomes.add("failed: " + e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The outcomes that are not "ok". */
    static List<String> failures(List<String> outcomes) {
        return outcomes.stream().filter(o -> !o.equals("ok")).toList();
    }
}
