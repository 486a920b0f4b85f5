import type en from '../en/certificate';

export default {
  title: '수료 페이지',
  intro: '표시할 이름을 입력한 뒤 이 페이지를 인쇄하거나 PDF로 저장하세요. 이름은 이 브라우저 탭에만 있고, 저장되거나 어디로도 전송되지 않습니다.',
  nameLabel: '이름',
  print: '인쇄 또는 PDF로 저장',
  locked: '모든 레슨을 읽고, 모든 실습 단계를 마치고, 모든 퀴즈를 통과(80% 이상)하면 이 페이지가 열립니다.',
  lockedLink: '학습 현황 페이지에서 남은 것 보기',
  heading: '수료 확인서',
  statement: '님은 다음 자기 주도 학습 코스를 마쳤습니다',
  chapters: '학습한 장',
  lessonsCount: '레슨 {count}개',
  date: '수료일: {date}',
  disclaimer: '이 페이지는 무료 온라인 코스의 자기 주도 학습 기록이며, 학습자 본인의 브라우저만 확인한 것입니다. 공인 자격, 학위나 신원 증명이 아닙니다.',
  loading: '학습 현황을 확인하는 중…',
} satisfies Record<keyof typeof en, string>;
