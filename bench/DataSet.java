import dev.courseportal.content.Course;
import dev.courseportal.content.CourseLoader;
import dev.courseportal.content.Lesson;
import dev.courseportal.content.QuizQuestion;
import dev.courseportal.domain.account.boundary.PasswordHasher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;

/**
 * The benchmark's data set, written with plain JDBC into the embedded H2 file before the portal
 * starts: the schema comes from the portal's own Flyway migrations (the same jar, the same
 * settings as SchemaMigration), so the server finds it current and only reads it.
 *
 * <p>Accounts: {@code learner0001} .. {@code learnerNNNN} (LEARNER) and {@code bench-instructor}
 * (INSTRUCTOR), all with one password. Its PBKDF2 hash is computed once and shared, because
 * 2,000 hashes at 210,000 iterations would take minutes and measure nothing the portal does.
 * Cohort 1 holds learners 1..500 (the instructor matrix of the benchmark); the other cohorts
 * share the remaining learners. Progress is deterministic (fixed seed): every learner stands
 * somewhere in the course, has finished most lessons before that point, visited the one there,
 * and answered the quizzes of finished lessons, mostly right.
 *
 * <p>Run: {@code java -cp <h2.jar>:<ear lib/*>:<course-domain.jar> DataSet.java DIR LEARNERS COHORTS PASSWORD
 * LESSONS_FILE}; the lessons file gets one line a lesson in course order: its id and the length of
 * its rendered HTML, from which the benchmark picks its lesson page.
 */
public class DataSet {

    static final int BIG_COHORT = 500;
    static final Instant NOW = Instant.now();

    public static void main(String[] args) throws Exception {
        String dir = args[0];
        int learners = Integer.parseInt(args[1]);
        int cohorts = Integer.parseInt(args[2]);
        String password = args[3];
        String url = "jdbc:h2:file:" + dir + "/portal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

        long started = System.nanoTime();
        Flyway.configure(DataSet.class.getClassLoader())
                .dataSource(url, "portal", "portal")
                .locations("classpath:db/migration")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        Course course = new CourseLoader().loadFromClasspath(DataSet.class.getClassLoader());
        String hash = PasswordHasher.hash(password.toCharArray());
        Files.write(Path.of(args[4]), course.lessons().stream()
                .map(l -> l.id() + "\t" + l.html().length()).toList());

        try (Connection db = DriverManager.getConnection(url, "portal", "portal")) {
            db.setAutoCommit(false);
            long instructor = account(db, "bench-instructor", "Преподаватель Бенчмарка", hash, "INSTRUCTOR", 0);
            long firstLearner = 0;
            for (int i = 1; i <= learners; i++) {
                long id = account(db, String.format("learner%04d", i), displayName(i), hash, "LEARNER", i);
                firstLearner = i == 1 ? id : firstLearner;
            }
            db.commit();
            long bigCohort = cohorts(db, cohorts, learners, firstLearner, instructor);
            db.commit();
            long[] counts = progress(db, course, learners, firstLearner);
            db.commit();
            try (Statement s = db.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
            System.out.printf("data set: %d learners, %d cohorts (cohort 1: %d learners), %d lessons, "
                            + "%d progress rows (%d done), %d quiz answers, in %d ms%n",
                    learners, cohorts, Math.min(BIG_COHORT, learners), course.lessons().size(), counts[0], counts[1],
                    counts[2], (System.nanoTime() - started) / 1_000_000);
            System.out.println("big-cohort-id=" + bigCohort);
        }
    }

    static String displayName(int i) {
        String[] first = {"Анна", "Борис", "Вера", "Глеб", "Дарья", "Егор", "Жанна", "Зоя", "Илья", "Кира"};
        String[] last = {"Иванова", "Петров", "Сидорова", "Кузнецов", "Смирнова", "Попов", "Волкова", "Соколов"};
        return first[i % first.length] + " " + last[(i / first.length) % last.length] + " " + i;
    }

    static long account(Connection db, String username, String name, String hash, String role, int i)
            throws SQLException {
        long id;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO account (username, display_name, email, "
                + "password_hash, created_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, username);
            insert.setString(2, name);
            insert.setString(3, username + "@example.test");
            insert.setString(4, hash);
            insert.setTimestamp(5, Timestamp.from(NOW.minus(Duration.ofDays(90))));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement roles = db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, ?)")) {
            roles.setLong(1, id);
            roles.setString(2, role);
            roles.executeUpdate();
        }
        return id;
    }

    /** Cohort 1: the first 500 learners; the others take the rest in turn. Returns cohort 1's id. */
    static long cohorts(Connection db, int cohorts, int learners, long firstLearner, long instructor)
            throws SQLException {
        long[] ids = new long[cohorts];
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO cohort (name, starts_on, ends_on, created_by, "
                + "created_at) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement teach = db.prepareStatement("INSERT INTO cohort_instructor (cohort_id, account_id) VALUES (?, ?)")) {
            for (int c = 0; c < cohorts; c++) {
                insert.setString(1, String.format("Поток %02d", c + 1));
                insert.setObject(2, LocalDate.now().minusDays(60 - c));
                insert.setObject(3, LocalDate.now().plusDays(30 + c));
                insert.setLong(4, instructor);
                insert.setTimestamp(5, Timestamp.from(NOW.minus(Duration.ofDays(61))));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    ids[c] = keys.getLong(1);
                }
                teach.setLong(1, ids[c]);
                teach.setLong(2, instructor);
                teach.executeUpdate();
            }
        }
        try (PreparedStatement member = db.prepareStatement("INSERT INTO cohort_member (cohort_id, account_id, added_at) "
                + "VALUES (?, ?, ?)")) {
            for (int i = 0; i < learners; i++) {
                int c = i < BIG_COHORT || cohorts == 1 ? 0 : 1 + (i - BIG_COHORT) % (cohorts - 1);
                member.setLong(1, ids[c]);
                member.setLong(2, firstLearner + i);
                member.setTimestamp(3, Timestamp.from(NOW.minus(Duration.ofDays(60))));
                member.addBatch();
            }
            member.executeBatch();
        }
        return ids[0];
    }

    /** Returns {progress rows, of them done, quiz answers}. */
    static long[] progress(Connection db, Course course, int learners, long firstLearner) throws SQLException {
        List<Lesson> lessons = course.lessons();
        Random random = new Random(12);
        long rows = 0;
        long done = 0;
        long answers = 0;
        try (PreparedStatement mark = db.prepareStatement("INSERT INTO lesson_progress (account_id, lesson_id, state, "
                + "first_visit_at, last_visit_at, completed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement quiz = db.prepareStatement("INSERT INTO quiz_attempt (account_id, lesson_id, question_id, "
                     + "answer, correct, attempted_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < learners; i++) {
                long account = firstLearner + i;
                // One in ten has not started; the rest are spread over the course, more of them early on.
                double u = random.nextDouble();
                int position = u < 0.1 ? -1 : (int) Math.floor(Math.pow(random.nextDouble(), 1.4) * lessons.size());
                Instant at = NOW.minus(Duration.ofDays(55 + random.nextInt(5)));
                for (int l = 0; l <= position && l < lessons.size(); l++) {
                    Lesson lesson = lessons.get(l);
                    boolean finished = l < position ? random.nextDouble() < 0.9 : random.nextDouble() < 0.3;
                    Instant first = at;
                    at = at.plus(Duration.ofMinutes(20 + random.nextInt(24 * 60)));
                    mark.setLong(1, account);
                    mark.setString(2, lesson.id());
                    mark.setString(3, finished ? "DONE" : "VISITED");
                    mark.setTimestamp(4, Timestamp.from(first));
                    mark.setTimestamp(5, Timestamp.from(at));
                    mark.setTimestamp(6, finished ? Timestamp.from(at) : null);
                    mark.setLong(7, 1 + random.nextInt(4));
                    mark.addBatch();
                    rows++;
                    done += finished ? 1 : 0;
                    if (finished) {
                        for (QuizQuestion q : lesson.quiz()) {
                            boolean right = random.nextDouble() < 0.75;
                            quiz.setLong(1, account);
                            quiz.setString(2, lesson.id());
                            quiz.setString(3, q.id());
                            quiz.setString(4, right ? "0" : "1");
                            quiz.setBoolean(5, right);
                            quiz.setTimestamp(6, Timestamp.from(at));
                            quiz.addBatch();
                            answers++;
                        }
                    }
                }
                if (i % 100 == 99) {
                    mark.executeBatch();
                    quiz.executeBatch();
                }
            }
            mark.executeBatch();
            quiz.executeBatch();
        }
        return new long[] {rows, done, answers};
    }
}
