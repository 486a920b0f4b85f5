import type en from '../en/review';

export default {
  title: '복습',
  intro: '틀린 문제는 1일, 3일, 7일, 21일 뒤에 여기로 다시 옵니다. 맞히면 다음 단계로 넘어가고, 틀리면 처음부터 다시 시작합니다. 모든 기록은 이 브라우저에만 남습니다.',
  due: '지금 복습할 문제가 {count}개 있습니다.',
  dueOne: '지금 복습할 문제가 1개 있습니다.',
  dueNone: '지금 복습할 문제가 없습니다.',
  waiting: '{count}개는 나중에 복습할 차례가 옵니다. 다음 복습일은 {date}입니다.',
  waitingNone: '복습 목록이 비어 있습니다. 레슨 퀴즈에서 틀린 문제가 여기로 다시 옵니다.',
  fromLesson: '출처: {title}',
  check: '채점하기',
  passed: '정답입니다. {days}일 뒤에 다시 복습합니다.',
  passedLast: '정답입니다. 이 문제는 복습을 마쳐 목록에서 빠집니다.',
  missed: '틀렸습니다. 내일 다시 나옵니다.',
  dropped: '퀴즈에서 사라진 문제 {count}개를 복습 목록에서 뺐습니다.',
  droppedOne: '퀴즈에서 사라진 문제 1개를 복습 목록에서 뺐습니다.',
  allDone: '지금 복습할 문제를 모두 풀었습니다. 다음 복습일에 다시 오세요.',
  loading: '복습 목록을 불러오는 중…',
  noScript: '복습 페이지는 JavaScript가 필요합니다. 이 브라우저에 저장된 복습 목록을 읽기 때문입니다.',
} satisfies Record<keyof typeof en, string>;
