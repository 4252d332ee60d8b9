package com.interviewbank.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.transport.resolver.RepositoryResolver;

/**
 * A Git server over HTTP for tests: JGit's own {@link GitServlet} in an embedded Tomcat on a free
 * port, serving one repository at {@code /repo.git} (smart HTTP, as GitHub and GitLab speak it).
 */
public final class GitHttpServer implements AutoCloseable {

	private final Tomcat tomcat = new Tomcat();

	public GitHttpServer(Path repository, Path workDir) throws LifecycleException {
		File gitDir = repository.resolve(".git").toFile().isDirectory() ? repository.resolve(".git").toFile()
				: repository.toFile();
		this.tomcat.setBaseDir(workDir.toString());
		this.tomcat.setPort(0);
		this.tomcat.getConnector();
		Context context = this.tomcat.addContext("", workDir.toString());
		GitServlet servlet = new GitServlet();
		RepositoryResolver<jakarta.servlet.http.HttpServletRequest> resolver = (request, name) -> {
			try {
				return new FileRepository(gitDir);
			}
			catch (IOException ex) {
				throw new org.eclipse.jgit.errors.RepositoryNotFoundException(name, ex);
			}
		};
		servlet.setRepositoryResolver(resolver);
		Tomcat.addServlet(context, "git", servlet);
		context.addServletMappingDecoded("/*", "git");
		this.tomcat.start();
	}

	public String url() {
		return "http://localhost:" + this.tomcat.getConnector().getLocalPort() + "/repo.git";
	}

	@Override
	public void close() throws LifecycleException {
		this.tomcat.stop();
		this.tomcat.destroy();
	}

}
