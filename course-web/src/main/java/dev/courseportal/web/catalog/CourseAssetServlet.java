package dev.courseportal.web.catalog;

import dev.courseportal.content.Course;
import dev.courseportal.content.CourseAsset;
import dev.courseportal.domain.catalog.CourseCatalog;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves the images lessons refer to, straight from the course model held in memory. The content
 * version is the ETag, so browsers revalidate cheaply and never keep an image from an older course.
 */
@WebServlet(urlPatterns = "/course-assets/*")
public class CourseAssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CourseCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Course course = catalog.course();
        Optional<CourseAsset> asset = path == null ? Optional.empty() : course.asset(path.substring(1));
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + course.contentVersion() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "private, max-age=3600");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(asset.get().mediaType());
        response.setContentLength(asset.get().size());
        response.getOutputStream().write(asset.get().content());
    }
}
