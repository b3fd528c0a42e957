//! A task that does one round of work every so often, for as long as it is kept: the lane's checkpoints
//! ([`super::checkpoint`]) and its mending of idle connections ([`super::lane`]).

use std::future::Future;
use std::time::Duration;

use tokio::task::JoinHandle;
use tokio::time::MissedTickBehavior;

/// One round of a [`Periodic`] task.
pub(super) trait Round: Send + 'static {
    fn run(&mut self) -> impl Future<Output = ()> + Send;
}

/// A task running its [`Round`] every so often on the tokio runtime it was started on; it stops when dropped.
#[derive(Debug)]
pub(super) struct Periodic {
    task: JoinHandle<()>,
}

impl Periodic {
    /// Starts running `round` every `every`, the first round at once.
    pub(super) fn spawn(every: Duration, mut round: impl Round) -> Self {
        let task = tokio::spawn(async move {
            let mut ticks = tokio::time::interval(every);
            // After a pause (a slow disk, a busy machine), one round catches up: no burst of the missed ones.
            ticks.set_missed_tick_behavior(MissedTickBehavior::Delay);
            loop {
                ticks.tick().await;
                round.run().await;
            }
        });
        Self { task }
    }

    /// Stops the rounds; one running is cancelled at its next `.await`.
    pub(super) fn stop(&self) {
        self.task.abort();
    }
}

impl Drop for Periodic {
    fn drop(&mut self) {
        self.stop();
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    struct Count(Arc<AtomicUsize>);

    impl Round for Count {
        async fn run(&mut self) {
            self.0.fetch_add(1, Ordering::Relaxed);
        }
    }

    #[tokio::test(start_paused = true)]
    async fn rounds_run_every_period_until_the_task_is_dropped() {
        let rounds = Arc::new(AtomicUsize::new(0));
        let task = Periodic::spawn(Duration::from_secs(5), Count(rounds.clone()));
        // The first round at once, then one at 5 s and one at 10 s.
        tokio::time::sleep(Duration::from_millis(10_001)).await;
        assert_eq!(rounds.load(Ordering::Relaxed), 3);

        drop(task);
        tokio::time::sleep(Duration::from_secs(60)).await;
        assert_eq!(rounds.load(Ordering::Relaxed), 3, "no round after the task was dropped");
    }
}
