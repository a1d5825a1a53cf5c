// A git repository where main holds release 1.0.0 and the checked-out branch 'feature' removes a field.
import org.eclipse.jgit.api.Git
import org.eclipse.jgit.lib.PersonIdent

def who = new PersonIdent('ci', 'ci@example.com')
def contract = new File(basedir, 'src/main/contracts/customers.yaml')
def pullRequest = contract.text
def git = Git.init().setDirectory(basedir).setInitialBranch('main').call()
try {
  contract.text = new File(basedir, 'main-customers.yaml').text
  git.add().addFilepattern('src').call()
  git.commit().setMessage('release 1.0.0').setAuthor(who).setCommitter(who).setSign(false).call()
  git.checkout().setCreateBranch(true).setName('feature').call()
  contract.text = pullRequest
  git.add().addFilepattern('src').call()
  git.commit().setMessage('drop signup_date').setAuthor(who).setCommitter(who).setSign(false).call()
} finally {
  git.close()
}
true
